# Three independent errors in three different functions; all three must be reported in one run.
#
# error: variable 'x' can be an int or None, and None does not mix with int
# at: "print(x)"
# provenance: "x = None" (None); "x = len(argv) * 4" (int)
#
# error: 'n' is an int, which is not callable
# at: "n(2)"
# provenance: "n = len(argv) - 1" (int)
#
# error: the list 'items' would hold both ints and strs (list items must have one type)
# at: "items.append(argv[0])"
# provenance: "items = [len(argv)]" (list of int)


def first(argv):
    if len(argv) > 5:
        x = None
    else:
        x = len(argv) * 4
    print(x)
    return 0


def second(argv):
    n = len(argv) - 1
    if n > 3:
        n(2)
    return 1


def third(argv):
    items = [len(argv)]
    items.append(argv[0])
    return 2


def entry_point(argv):
    return first(argv) + second(argv) + third(argv)


def target(driver, args):
    return entry_point
