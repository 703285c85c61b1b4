# specialize.argtype: lists of ints and lists of chars get separate graphs
# (even while a list is still empty during the fixpoint), and `isinstance`
# on the specialized argument is decided inside each graph, so the branch
# for the other types is not annotated.
from rpython.rlib.objectmodel import specialize


class Node:
    def __init__(self, size):  # reveal: (Leaf, int(nonneg)) -> None
        self.size = size


class Leaf(Node):
    pass


@specialize.argtype(0)
def first(lst):
    return lst[0]


@specialize.argtype(0)
def measure(x):
    if isinstance(x, list):
        return len(x)
    elif isinstance(x, str):
        return len(x) * 2
    elif isinstance(x, Node):
        return x.size
    return -1


def entry_point(argv):  # reveal: (list[str]) -> int
    ints = []
    chars = []
    total = 0
    for i in range(3):
        if i > 0:
            total += first(ints) + ord(first(chars))
        ints.append(i)
        chars.append(argv[0][i])
    total += measure(ints) + measure(chars) + measure(argv[0])
    total += measure(Leaf(len(argv))) + measure(2.5) + measure([])
    return total


def target(driver, args):
    return entry_point
