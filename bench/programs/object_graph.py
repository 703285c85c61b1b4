"""Object-graph: a long-lived graph of nodes whose edges are rewired all
the time (old objects pointing to new ones: the write barrier and the
remembered set), with short-lived path objects and breadth-first searches."""


class Node(object):
    def __init__(self, ident):
        self.ident = ident
        self.edges = []
        self.mark = 0
        self.payload = None


class Payload(object):
    def __init__(self, value, tag):
        self.value = value
        self.tag = tag


class Path(object):
    def __init__(self, node, parent, length):
        self.node = node
        self.parent = parent
        self.length = length


class Rng(object):
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state % n


def build(n, degree, rng):
    nodes = [Node(i) for i in range(n)]
    for node in nodes:
        for _ in range(degree):
            node.edges.append(nodes[rng.next(n)])
    return nodes


def bfs(nodes, start, goal, stamp):
    frontier = [Path(nodes[start], None, 0)]
    nodes[start].mark = stamp
    while frontier:
        nxt = []
        for path in frontier:
            if path.node.ident == goal:
                return path.length
            for other in path.node.edges:
                if other.mark != stamp:
                    other.mark = stamp
                    nxt.append(Path(other, path, path.length + 1))
        frontier = nxt
    return -1


def entry_point(argv):
    n = 20000
    rounds = 100
    if len(argv) > 1:
        rounds = int(argv[1])
    rng = Rng(42)
    nodes = build(n, 4, rng)
    total = 0
    for r in range(rounds):
        # Rewire: old nodes get new payloads and new edges.
        for _ in range(200):
            node = nodes[rng.next(n)]
            node.payload = Payload(r, "p%d" % (r % 10))
            node.edges[rng.next(len(node.edges))] = nodes[rng.next(n)]
        total += bfs(nodes, rng.next(n), rng.next(n), r + 1)
    tags = 0
    for node in nodes:
        if node.payload is not None:
            tags += node.payload.value
    print("total path length", total)
    print("payload sum", tags)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
