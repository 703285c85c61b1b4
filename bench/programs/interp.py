"""An interpreter loop: a small stack-machine bytecode interpreter running a
counting loop with arithmetic (the shape of a real interpreter's eval loop)."""

PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, JNZ, JMP, HALT, LT = range(11)


class Frame(object):
    def __init__(self, nlocals):
        self.stack = [0] * 32
        self.sp = 0
        self.locals = [0] * nlocals

    def push(self, v):
        self.stack[self.sp] = v
        self.sp += 1

    def pop(self):
        self.sp -= 1
        return self.stack[self.sp]


def run(code, nlocals):
    f = Frame(nlocals)
    pc = 0
    while True:
        op = code[pc]
        arg = code[pc + 1]
        pc += 2
        if op == PUSH:
            f.push(arg)
        elif op == LOAD:
            f.push(f.locals[arg])
        elif op == STORE:
            f.locals[arg] = f.pop()
        elif op == ADD:
            b = f.pop()
            a = f.pop()
            f.push(a + b)
        elif op == SUB:
            b = f.pop()
            a = f.pop()
            f.push(a - b)
        elif op == MUL:
            b = f.pop()
            a = f.pop()
            f.push(a * b)
        elif op == MOD:
            b = f.pop()
            a = f.pop()
            f.push(a % b)
        elif op == LT:
            b = f.pop()
            a = f.pop()
            f.push(1 if a < b else 0)
        elif op == JNZ:
            if f.pop() != 0:
                pc = arg
        elif op == JMP:
            pc = arg
        elif op == HALT:
            return f.locals[1]


# i = 0; acc = 0; while i < N: acc = (acc + i * 3) % 1000003; i = i + 1
def program(n):
    return [
        PUSH, 0, STORE, 0,          # 0: i = 0
        PUSH, 0, STORE, 1,          # 4: acc = 0
        LOAD, 0, PUSH, n, LT, 0,    # 8: i < n
        JNZ, 20,                    # 14
        HALT, 0,                    # 16
        JMP, 0,                     # 18 (unused)
        LOAD, 1, LOAD, 0, PUSH, 3, MUL, 0, ADD, 0,   # 20: acc + i*3
        PUSH, 1000003, MOD, 0, STORE, 1,             # 30: acc = ... % 1000003
        LOAD, 0, PUSH, 1, ADD, 0, STORE, 0,          # 36: i = i + 1
        JMP, 8,                                       # 44
    ]


def entry_point(argv):
    print(run(program(3000000), 2))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
