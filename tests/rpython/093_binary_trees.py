"""binary-trees allocation benchmark at small depth: build complete trees recursively and count nodes via check()."""


class Node(object):
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_tree(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make_tree(depth), make_tree(depth))


def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)


def entry_point(argv):
    max_depth = 10
    min_depth = 4
    stretch = max_depth + 1
    print("stretch tree of depth %d\t check: %d" % (stretch, check(make_tree(stretch))))
    long_lived = make_tree(max_depth)
    depth = min_depth
    while depth <= max_depth:
        iterations = 1 << (max_depth - depth + min_depth)
        total = 0
        for i in range(iterations):
            total += check(make_tree(depth))
        print("%d\t trees of depth %d\t check: %d" % (iterations, depth, total))
        depth += 2
    print("long lived tree of depth %d\t check: %d" % (max_depth, check(long_lived)))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
