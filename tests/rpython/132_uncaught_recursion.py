# An uncaught RecursionError ends the program with CPython's message and
# exit status 1 (stdout printed before it is kept).


def down(n):
    return down(n + 1) + 1


def entry_point(argv):
    print("start")
    return down(len(argv))


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
