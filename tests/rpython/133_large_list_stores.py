# Stores of new objects into a large old list (card marking: a minor
# collection traces only the cards written since the last one).


class Box(object):
    def __init__(self, v):
        self.v = v


def entry_point(argv):
    n = 20000
    items = [None] * n
    for i in range(n):
        items[i] = Box(i)
    total = 0
    for r in range(20):
        for j in range(0, n, 97):
            items[(j * 31 + r) % n] = Box(r * j)
        s = 0
        for b in items:
            s += b.v
        total += s % 1000003
    print(total)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
