"""An exception raised deep in a call chain propagates through several frames (and loops) to a handler."""


class Abort(Exception):
    def __init__(self, depth, why):
        self.depth = depth
        self.why = why


class Counter(object):
    def __init__(self):
        self.entered = 0


C = Counter()


def level(n, fail_at):
    C.entered += 1
    if n == fail_at:
        raise Abort(n, "failed at level %d" % n)
    if n == 0:
        return 1
    total = 0
    for i in range(2):
        total += level(n - 1, fail_at)
    return total


def run(n, fail_at):
    try:
        r = level(n, fail_at)
        return "result %d" % r
    except Abort as a:
        return "aborted: %s (depth %d)" % (a.why, a.depth)


def parse_digits(s):
    out = []
    for c in s:
        out.append(digit(c))
    return out


def digit(c):
    if not c.isdigit():
        raise ValueError("not a digit")
    return ord(c) - 48


def sum_digits(s):
    try:
        return sum(parse_digits(s))
    except ValueError:
        return -1


def entry_point(argv):
    for fail_at in [-1, 0, 3, 6]:
        C.entered = 0
        print(run(6, fail_at), "calls:", C.entered)
    print("sums:", sum_digits("12345"), sum_digits("12a45"), sum_digits(""))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
