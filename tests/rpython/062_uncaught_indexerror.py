"""Uncaught IndexError from indexing a list out of range at the end of the program."""


def entry_point(argv):
    lst = [i * 3 for i in range(len(argv) + 4)]
    print("list:", " ".join([str(x) for x in lst]))
    print("last:", lst[-1], "len:", len(lst))
    k = len(lst) * 2
    print("about to read index", k)
    print(lst[k])
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
