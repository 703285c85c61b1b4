# error: the return value of the recursive function 'depth' can be a str or an int
# at: "def depth(n):"
# provenance: "return 'bottom'" (str); "return 1" (int); "return depth(n - 1)" (the recursive result)


def depth(n):
    if n <= 0:
        return 'bottom'
    if n == 1:
        return 1
    return depth(n - 1)


def entry_point(argv):
    depth(len(argv))
    return 0


def target(driver, args):
    return entry_point
