"""Default arguments and keyword arguments in calls (positional, by name, mixed, out of order)."""


def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


def box(width, height=1, fill="#", border=True):
    lines = []
    for i in range(height):
        row = fill * width
        if border:
            row = "|" + row + "|"
        lines.append(row)
    return "\n".join(lines)


def scale(x, factor=2.0, offset=0.0):
    return x * factor + offset


class Account(object):
    def __init__(self, owner, balance=0, currency="EUR"):
        self.owner = owner
        self.balance = balance
        self.currency = currency

    def deposit(self, amount, note=""):
        self.balance += amount
        if note:
            return "%s +%d (%s)" % (self.owner, amount, note)
        return "%s +%d" % (self.owner, amount)


def entry_point(argv):
    print(greet("Ann"))
    print(greet("Bob", "Hi"))
    print(greet("Cid", punct="?"))
    print(greet(punct=".", name="Dee", greeting="Bye"))
    print(box(3))
    print(box(4, 2, "*"))
    print(box(2, border=False, height=3))
    print(scale(3.0), scale(3.0, 0.5), scale(3.0, offset=1.0), scale(factor=3.0, x=1.0))
    a = Account("ann")
    b = Account("bob", 100, currency="USD")
    print(a.deposit(5), "|", b.deposit(10, note="gift"), "|", a.deposit(amount=7, note="x"))
    print(a.owner, a.balance, a.currency, b.owner, b.balance, b.currency)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
