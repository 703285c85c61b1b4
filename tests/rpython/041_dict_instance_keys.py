"""Dicts keyed by instances (identity semantics) and instance values; used as a visited-set."""


class Node(object):
    def __init__(self, name):
        self.name = name
        self.edges = []

    def connect(self, other):
        self.edges.append(other)


def reachable(start):
    seen = {}
    order = []
    stack = [start]
    while stack:
        n = stack.pop()
        if n in seen:
            continue
        seen[n] = True
        order.append(n.name)
        for m in n.edges:
            if m not in seen:
                stack.append(m)
    return order


def entry_point(argv):
    names = "a b c d e f g".split()
    nodes = [Node(x) for x in names]
    links = [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (5, 6), (6, 5), (4, 0)]
    for src, dst in links:
        nodes[src].connect(nodes[dst])
    print("from a:", " ".join(reachable(nodes[0])))
    print("from f:", " ".join(reachable(nodes[5])))
    print("from e:", " ".join(reachable(nodes[4])))
    twin1 = Node("twin")
    twin2 = Node("twin")
    d = {}
    d[twin1] = 1
    d[twin2] = 2
    print("equal names, distinct keys:", len(d), d[twin1], d[twin2])
    d[twin1] += 10
    print("after update:", d[twin1], d[twin2])
    indeg = {}
    for n in nodes:
        indeg[n] = 0
    for n in nodes:
        for m in n.edges:
            indeg[m] += 1
    print("in-degrees:", " ".join(["%s=%d" % (n.name, indeg[n]) for n in nodes]))
    parent = {}
    parent[nodes[1]] = nodes[0]
    parent[nodes[3]] = nodes[1]
    cur = nodes[3]
    path = [cur.name]
    while cur in parent:
        cur = parent[cur]
        path.append(cur.name)
    print("path:", "<-".join(path))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
