"""try/except/else/finally in all combinations, finally running on return/break/continue and on exceptions."""


class Oops(Exception):
    pass


class Log(object):
    def __init__(self):
        self.lines = []

    def add(self, s):
        self.lines.append(s)


LOG = Log()


def step(k):
    if k % 3 == 2:
        raise Oops()
    return k


def with_else(k):
    try:
        v = step(k)
    except Oops:
        LOG.add("except %d" % k)
        v = -1
    else:
        LOG.add("else %d" % k)
        v += 100
    finally:
        LOG.add("finally %d" % k)
    return v


def return_in_try(k):
    try:
        if k > 0:
            return "positive"
        return "non-positive"
    finally:
        LOG.add("finally after return %d" % k)


def loop_with_finally():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(str(i))
        finally:
            out.append("f%d" % i)
    return ",".join(out)


def propagate_through_finally(k):
    try:
        try:
            step(k)
            return "no error"
        finally:
            LOG.add("inner finally %d" % k)
    except Oops:
        return "caught outside"


def entry_point(argv):
    for k in range(4):
        print("with_else(%d) = %d" % (k, with_else(k)))
    print(return_in_try(5), return_in_try(-5))
    print("loop:", loop_with_finally())
    print(propagate_through_finally(2), propagate_through_finally(3))
    for line in LOG.lines:
        print("log:", line)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
