"""Re-raising: bare `raise` in except, raising a different exception from a handler, cleanup then re-raise."""


class LowError(Exception):
    def __init__(self, code):
        self.code = code


class HighError(Exception):
    def __init__(self, msg, code):
        self.msg = msg
        self.code = code


class Trace(object):
    def __init__(self):
        self.events = []


TRACE = Trace()


def low(k):
    if k < 0:
        raise LowError(-k)
    return k


def middle(k):
    try:
        return low(k)
    except LowError:
        TRACE.events.append("middle saw %d" % k)
        raise


def top(k):
    try:
        return middle(k)
    except LowError as e:
        raise HighError("wrapped", e.code * 10)


def outer(k):
    try:
        return top(k)
    except HighError as e:
        TRACE.events.append("outer caught %s/%d" % (e.msg, e.code))
        return -e.code


def entry_point(argv):
    for k in [3, -4, 0, -7]:
        print("outer(%d) = %d" % (k, outer(k)))
    for ev in TRACE.events:
        print(ev)
    try:
        try:
            raise LowError(5)
        except LowError as e:
            print("first handler", e.code)
            e.code += 1
            raise
    except LowError as e2:
        print("second handler", e2.code)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
