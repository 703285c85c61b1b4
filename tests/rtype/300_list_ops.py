from rpython.rlib.objectmodel import specialize


@specialize.argtype(0)
def show(lst):
    s = "["
    for x in lst:
        if len(s) > 1:
            s += ", "
        s += str(x)
    return s + "]"


def entry_point(argv):
    n = len(argv)
    lst = [5, 3, 8, 3, 1, 9, 3, 7]
    print(show(lst[2:5]), show(lst[:-1]), show(lst[6:100]), show(lst[n:]))
    lst.insert(-2, 42)
    lst.insert(100, 43)
    print(lst.pop(0), lst.pop(-1), show(lst))
    lst.extend([n, n + 1])
    lst.reverse()
    print(lst.index(8), lst.count(3), 9 in lst, 4 not in lst)
    lst.remove(3)
    try:
        lst.remove(77)
    except ValueError:
        print("remove: ValueError")
    del lst[0]
    del lst[1:3]
    lst[0:1] = [10, 11, 12]
    c = lst.copy()
    c.sort()
    lst.sort()
    lst.reverse()
    print(show(c), show(lst), c == lst, c != lst)
    d = c + lst
    d += [99]
    e = [0] * (n + 2)
    e *= 2
    print(show(d), show(e), len(e))
    words = ["pear", "apple", "fig"]
    words.sort()
    print(show(words), words.index("fig"), "apple" in words)
    chars = list("hello")
    chars.sort()
    print(show(chars), show(list(range(2, 12, 3))), len(list(words)))
    floats = [2.5, -1.0, 0.0]
    floats.sort()
    print(show(floats), sum(floats), sum([1, 2, n]), any([x > 2 for x in c]), all([]))
    c.clear()
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
