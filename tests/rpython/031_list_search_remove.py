"""Lists: index, remove, count, `in`, `not in`, del lst[i], del lst[a:b], copy, equality."""


def fmt(lst):
    return "[" + " ".join([str(x) for x in lst]) + "]"


def entry_point(argv):
    n = len(argv)
    lst = [5, 3, 8, 3, 1, 9, 3, 7]
    print(fmt(lst))
    print("index(8)=%d index(3)=%d count(3)=%d count(4)=%d" % (lst.index(8), lst.index(3), lst.count(3), lst.count(4)))
    print("in:", 9 in lst, 4 in lst, 4 not in lst)
    lst.remove(3)
    print("remove(3):", fmt(lst))
    try:
        lst.remove(42)
    except ValueError:
        print("remove(42): ValueError")
    try:
        print(lst.index(42))
    except ValueError:
        print("index(42): ValueError")
    del lst[0]
    print("del [0]:", fmt(lst))
    del lst[-1]
    print("del [-1]:", fmt(lst))
    del lst[1:3]
    print("del [1:3]:", fmt(lst))
    c = lst.copy()
    c.append(100 * n)
    print("copy modified:", fmt(c), "original:", fmt(lst))
    print("eq:", c == lst, lst == [3, 9, 3], [1, 2] != [1, 2])
    strs = ["x", "y", "z", "y"]
    print("str list index:", strs.index("y"), strs.count("y"), "z" in strs)
    strs.remove("y")
    print(",".join(strs))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
