class Node:
    def size(self):  # reveal: (Node) -> int
        return self.weight * 2


class Leaf(Node):
    def __init__(self, w):  # reveal: (Leaf, int) -> None
        self.weight = w


class Pair(Node):
    def __init__(self, left, right):  # reveal: (Pair, Node, Node) -> None
        self.left = left
        self.right = right
        self.weight = left.weight + right.weight


def total_weight(n):  # reveal: (Node) -> int
    return n.weight


def entry_point(argv):  # reveal: (list[str]) -> int
    a = len(argv) - 4
    p = Pair(Leaf(a), Leaf(a * 2))
    q = Pair(p, Leaf(3 - a))
    r = Pair(Leaf(a), q)
    nodes = [p, q, r, Leaf(a)]
    t = 0
    for n in nodes:
        t += n.size() + total_weight(n)
    return t


def target(driver, args):
    return entry_point
