# Dict keys hashed in low-level graphs (tuples, r_dict with the program's
# own functions), instance and char keys, and prebuilt dicts laid out at
# translation time.
from rpython.rlib.objectmodel import r_dict, compute_hash

COLORS = {"red": 1, "green": 2, "blue": 3}
PAIRS = {(1, "a"): 10, (2, "b"): 20}


class Node(object):
    def __init__(self, name):
        self.name = name


def tens_eq(a, b):
    return a // 10 == b // 10


def tens_hash(a):
    return compute_hash(a // 10)


def tuples(n):
    grid = {}
    for i in range(n):
        grid[(i, i * i)] = i
    print(len(grid), (2, 4) in grid, grid[(3, 9)], grid.get((5, 5), -1))
    del grid[(0, 0)]
    try:
        print(grid[(7, 7)])
    except KeyError:
        print("no (7, 7)")
    print(PAIRS[(2, "b")], COLORS["green"], "blue" in COLORS)


def custom():
    d = r_dict(tens_eq, tens_hash)
    d[12] = 1
    d[15] = d.get(17, 0) + 1
    d[40] = 5
    for k, v in d.items():
        print(k, v)
    print(43 in d, 50 in d, d[49], d.pop(11), len(d))


def identity_and_chars(word):
    a = Node("a")
    b = Node("b")
    seen = {a: 1}
    seen[b] = 2
    print(seen[a], a in seen, len(seen))
    counts = {}
    for c in word:
        counts[c] = counts.get(c, 0) + 1
    for c, n in counts.items():
        print(c, n)
    print(counts.pop("z", 0))


def entry_point(argv):
    tuples(5)
    custom()
    identity_and_chars("hello")
    return 0


def target(driver, args):
    return entry_point
