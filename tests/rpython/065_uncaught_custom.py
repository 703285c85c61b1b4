"""Uncaught custom exception (subclass of a custom base) raised after some output; exit code 1."""


class MachineError(Exception):
    pass


class StackUnderflow(MachineError):
    pass


def pop(stack):
    if len(stack) == 0:
        raise StackUnderflow("pop from empty stack")
    return stack.pop()


def run(ops):
    stack = []
    for op in ops:
        if op == "+":
            b = pop(stack)
            a = pop(stack)
            stack.append(a + b)
        elif op == "*":
            b = pop(stack)
            a = pop(stack)
            stack.append(a * b)
        else:
            stack.append(int(op))
        print("after", op, ":", " ".join([str(x) for x in stack]))
    return stack


def entry_point(argv):
    run("2 3 + 4 *".split())
    try:
        run("1 +".split())
    except MachineError:
        print("caught underflow")
    run("5 6 * + 1".split())
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
