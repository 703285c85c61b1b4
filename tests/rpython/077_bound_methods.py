"""Bound methods passed around as values, stored in lists, called later; callbacks updating instance state."""


class Accumulator(object):
    def __init__(self, name):
        self.name = name
        self.total = 0

    def add(self, x):
        self.total += x
        return self.total

    def sub(self, x):
        self.total -= x
        return self.total


class Button(object):
    def __init__(self, label, callback):
        self.label = label
        self.callback = callback

    def click(self, amount):
        return self.callback(amount)


def call_n_times(f, n, arg):
    r = 0
    for i in range(n):
        r = f(arg)
    return r


def entry_point(argv):
    a = Accumulator("a")
    b = Accumulator("b")
    add_a = a.add
    print("bound call:", add_a(5), add_a(7), a.total)
    print("call_n_times:", call_n_times(b.add, 4, 3), call_n_times(b.sub, 2, 10))
    buttons = [Button("plus", a.add), Button("minus", a.sub), Button("b-plus", b.add)]
    for btn in buttons:
        print(btn.label, "->", btn.click(100))
    print("totals:", a.name, a.total, b.name, b.total)
    methods = [a.add, b.add, a.sub]
    for m in methods:
        m(1)
    print("after list of methods:", a.total, b.total)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
