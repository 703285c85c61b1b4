def fact(n):  # reveal: (int) -> int(nonneg)
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fib(n):  # reveal: (int) -> int
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def power(x, n):  # reveal: (float, int) -> float
    if n == 0:
        return 1.0
    return x * power(x, n - 1)


class Tree:
    def __init__(self, left, right, v):  # reveal: (Tree, Tree | None, Tree | None, int) -> None
        self.left = left
        self.right = right
        self.v = v


def tree_sum(t):  # reveal: (Tree | None) -> int
    if t is None:
        return 0
    return t.v + tree_sum(t.left) + tree_sum(t.right)


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    leaf = Tree(None, None, n - 3)
    t = Tree(leaf, Tree(leaf, None, 2 - n), n * 4)
    r = fact(n * 5) + fib(len(argv[0]) * 3) + tree_sum(t)
    return r + int(power(n * 1.5, len(argv[0])))


def target(driver, args):
    return entry_point
