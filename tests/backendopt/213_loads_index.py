# passes: loads
# Repeated index checks and item loads of a list (the items array and its
# length are re-read only if the list may have changed), the size of a
# fixed array, and string lengths across calls.


def twice(l, i):
    return l[i] + l[i]


def resized(l, i):
    a = l[i]
    l.append(a)
    return a + l[i]


def strlen(s, l):
    n = len(s)
    l.append(n)
    return n + len(s)


def entry_point(argv):
    l = [1, 2, 3]
    i = len(argv)
    print(twice(l, i), resized(l, i), strlen(argv[0], l), len(argv) + len(argv))
    return 0


def target(driver, args):
    return entry_point
