# passes: inline
# A callee with a loop and several returns, called where variables of the
# caller stay live across the call (they travel through the inlined
# blocks).


def find(items, x):
    i = 0
    while i < len(items):
        if items[i] == x:
            return i
        i += 1
    return -1


def entry_point(argv):
    items = [3, 5, 7]
    k = len(argv)
    j = find(items, 5)
    print(j + k, items[0] + k)
    return 0


def target(driver, args):
    return entry_point
