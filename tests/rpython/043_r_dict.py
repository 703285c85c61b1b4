"""r_dict with custom equality and hash: case-insensitive keys and keys compared modulo 10."""
from rpython.rlib.objectmodel import r_dict, compute_hash


def ci_eq(a, b):
    return a.lower() == b.lower()


def ci_hash(a):
    return compute_hash(a.lower())


def mod_eq(a, b):
    return a % 10 == b % 10


def mod_hash(a):
    return a % 10


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y


def point_eq(p, q):
    return p.x == q.x and p.y == q.y


def point_hash(p):
    return compute_hash((p.x, p.y))


def entry_point(argv):
    d = r_dict(ci_eq, ci_hash)
    for w in "Apple apple BANANA Cherry banana APPLE cherry date".split():
        d[w] = d.get(w, 0) + 1
    for k in d:
        print(k, d[k])
    print("len:", len(d), "'aPPle' in d:", "aPPle" in d, "'fig' in d:", "fig" in d)
    print("lookup DATE:", d["DATE"])
    del d["BaNaNa"]
    print("after del:", ", ".join([k + "=" + str(v) for k, v in d.items()]))
    m = r_dict(mod_eq, mod_hash)
    for n in [3, 13, 27, 7, 100, 23, 40]:
        m[n] = m.get(n, 0) + n
    print("mod10:", " ".join(["%d:%d" % (k, v) for k, v in m.items()]))
    pts = r_dict(point_eq, point_hash)
    pts[Point(1, 2)] = "first"
    pts[Point(3, 4)] = "second"
    pts[Point(1, 2)] = "replaced"
    print("points:", len(pts), pts[Point(1, 2)], pts.get(Point(5, 5), "none"))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
