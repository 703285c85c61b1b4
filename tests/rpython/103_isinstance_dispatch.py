"""isinstance-based dispatch over a class hierarchy mixed with None; narrowing then accessing subclass-only attributes."""


class Value(object):
    pass


class IntV(Value):
    def __init__(self, n):
        self.n = n


class StrV(Value):
    def __init__(self, s):
        self.s = s


class ListV(Value):
    def __init__(self, items):
        self.items = items


class PairV(Value):
    def __init__(self, a, b):
        self.a = a
        self.b = b


def show(v):
    if v is None:
        return "None"
    if isinstance(v, IntV):
        return str(v.n)
    if isinstance(v, StrV):
        return '"' + v.s + '"'
    if isinstance(v, ListV):
        return "[" + ", ".join([show(x) for x in v.items]) + "]"
    if isinstance(v, PairV):
        return "(" + show(v.a) + " . " + show(v.b) + ")"
    return "?"


def add(x, y):
    if isinstance(x, IntV) and isinstance(y, IntV):
        return IntV(x.n + y.n)
    if isinstance(x, StrV) and isinstance(y, StrV):
        return StrV(x.s + y.s)
    if isinstance(x, ListV) and isinstance(y, ListV):
        return ListV(x.items + y.items)
    return None


def entry_point(argv):
    vals = [IntV(1), StrV("a"), ListV([IntV(2), StrV("b")]), PairV(IntV(3), None), None, Value()]
    for v in vals:
        print(show(v))
    cases = [(IntV(2), IntV(40)), (StrV("foo"), StrV("bar")), (IntV(1), StrV("x")),
             (ListV([IntV(1)]), ListV([None, IntV(2)]))]
    for x, y in cases:
        print(show(x), "+", show(y), "=", show(add(x, y)))
    nums = 0
    for v in vals:
        if isinstance(v, Value) and not isinstance(v, IntV):
            nums += 1
    print("non-int values:", nums)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
