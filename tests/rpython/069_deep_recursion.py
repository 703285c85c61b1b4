"""Deep recursion (50000 levels) that must fit in the default native stack; CPython raises its recursion limit only in the __main__ block."""


class Node(object):
    def __init__(self, value, next):
        self.value = value
        self.next = next


def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


def length(node):
    if node is None:
        return 0
    return 1 + length(node.next)


def sum_rec(node):
    if node is None:
        return 0
    return node.value + sum_rec(node.next)


def count_down(n, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc + n % 7)


def entry_point(argv):
    n = 50000
    lst = build(n)
    print("length:", length(lst))
    print("sum:", sum_rec(lst))
    print("count_down:", count_down(n, 0))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.setrecursionlimit(200000)
    sys.exit(entry_point(sys.argv))
