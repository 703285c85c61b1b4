"""Command dispatch via a prebuilt dict of str -> function and a list of (name, method) pairs on a class."""


class Machine(object):
    def __init__(self):
        self.stack = []
        self.log = []

    def push(self, arg):
        self.stack.append(int(arg))

    def pop(self, arg):
        if len(self.stack) > 0:
            self.stack.pop()

    def add(self, arg):
        b = self.stack.pop()
        a = self.stack.pop()
        self.stack.append(a + b)

    def mul(self, arg):
        b = self.stack.pop()
        a = self.stack.pop()
        self.stack.append(a * b)

    def dup(self, arg):
        self.stack.append(self.stack[-1])

    def show(self, arg):
        self.log.append(arg + ":" + ",".join([str(x) for x in self.stack]))


def cmd_push(m, arg):
    m.push(arg)


def cmd_pop(m, arg):
    m.pop(arg)


def cmd_add(m, arg):
    m.add(arg)


def cmd_mul(m, arg):
    m.mul(arg)


def cmd_dup(m, arg):
    m.dup(arg)


def cmd_show(m, arg):
    m.show(arg)


COMMANDS = {"push": cmd_push, "pop": cmd_pop, "add": cmd_add, "mul": cmd_mul, "dup": cmd_dup, "show": cmd_show}

SCRIPT = """push 3
push 4
add
show after-add
dup
mul
show squared
bogus 1
push 10
push 20
show two-more
pop
add
show end"""


def entry_point(argv):
    m = Machine()
    unknown = 0
    for line in SCRIPT.split("\n"):
        parts = line.split(" ", 1)
        name = parts[0]
        arg = ""
        if len(parts) > 1:
            arg = parts[1]
        f = COMMANDS.get(name, None)
        if f is None:
            print("unknown command:", name)
            unknown += 1
            continue
        f(m, arg)
    for l in m.log:
        print(l)
    print("final stack:", ",".join([str(x) for x in m.stack]), "unknown:", unknown)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
