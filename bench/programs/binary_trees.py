"""Allocation-heavy: the benchmarks-game binary-trees program (many
short-lived trees, one long-lived tree). Depth from argv[1] (default 14)."""


class Tree(object):
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make(depth):
    if depth == 0:
        return Tree(None, None)
    depth -= 1
    return Tree(make(depth), make(depth))


def check(tree):
    if tree.left is None:
        return 1
    return 1 + check(tree.left) + check(tree.right)


def entry_point(argv):
    max_depth = 14
    if len(argv) > 1:
        max_depth = int(argv[1])
    min_depth = 4
    if min_depth + 2 > max_depth:
        max_depth = min_depth + 2
    stretch = max_depth + 1
    print("stretch tree of depth %d\t check: %d" % (stretch, check(make(stretch))))
    long_lived = make(max_depth)
    depth = min_depth
    while depth <= max_depth:
        iterations = 1 << (max_depth - depth + min_depth)
        total = 0
        for i in range(iterations):
            total += check(make(depth))
        print("%d\t trees of depth %d\t check: %d" % (iterations, depth, total))
        depth += 2
    print("long lived tree of depth %d\t check: %d" % (max_depth, check(long_lived)))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
