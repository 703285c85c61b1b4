class Node:
    pass

class Leaf(Node):
    def __init__(self, v):
        self.v = v

class Pair(Node):
    def __init__(self, l, r):
        self.l = l
        self.r = r

def total(n):
    if isinstance(n, Leaf):
        return n.v
    elif isinstance(n, Pair):
        return total(n.l) + total(n.r)
    return 0

def entry_point(argv):
    return total(Pair(Leaf(1), Leaf(len(argv))))

def target(driver, args):
    return entry_point
