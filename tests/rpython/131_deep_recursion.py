# Unbounded recursion raises RecursionError (RPython's stack-overflow
# exception), which the program catches and survives; afterwards recursion
# works again.


class Node(object):
    def __init__(self, depth):
        self.depth = depth


def down(n):
    return down(n + 1) + 1


def build(n):
    # Allocates at every level: the GC runs while the stack is deep.
    node = Node(n)
    return build(n + 1) + node.depth


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def entry_point(argv):
    for attempt in range(3):
        try:
            down(0)
            print("not reached")
        except RecursionError:
            print("caught", attempt)
    try:
        build(0)
    except RecursionError:
        print("caught while allocating")
    print(fact(20))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
