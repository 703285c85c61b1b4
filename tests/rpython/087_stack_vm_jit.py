"""A tiny stack-VM interpreter loop with a JitDriver(greens, reds) jit_merge_point/can_enter_jit; runs a few bytecode programs."""
from rpython.rlib.jit import JitDriver, promote, elidable

PUSH = 0
ADD = 1
SUB = 2
MUL = 3
DUP = 4
SWAP = 5
JNZ = 6      # pop; jump to arg if non-zero
JMP = 7
PRINT = 8
HALT = 9
LOAD = 10    # push local[arg]
STORE = 11   # pop into local[arg]
LT = 12
POP = 13

NAMES = ["PUSH", "ADD", "SUB", "MUL", "DUP", "SWAP", "JNZ", "JMP", "PRINT", "HALT", "LOAD", "STORE", "LT", "POP"]


def get_location(pc, code):
    return "pc=%d %s" % (pc, NAMES[code.ops[pc]])


driver = JitDriver(greens=["pc", "code"], reds=["sp", "stack", "frame"],
                   get_printable_location=get_location)


class Code(object):
    _immutable_fields_ = ["ops[*]", "args[*]", "name"]

    def __init__(self, name, ops, args):
        self.name = name
        self.ops = ops
        self.args = args


class Frame(object):
    def __init__(self, nlocals):
        self.locals = [0] * nlocals
        self.output = []
        self.steps = 0


@elidable
def arg_of(code, pc):
    return code.args[pc]


def interpret(code):
    stack = [0] * 32
    sp = 0
    pc = 0
    frame = Frame(4)
    while True:
        driver.jit_merge_point(pc=pc, code=code, sp=sp, stack=stack, frame=frame)
        op = code.ops[pc]
        frame.steps += 1
        pc += 1
        if op == PUSH:
            stack[sp] = arg_of(code, pc - 1)
            sp += 1
        elif op == ADD:
            sp -= 1
            stack[sp - 1] = stack[sp - 1] + stack[sp]
        elif op == SUB:
            sp -= 1
            stack[sp - 1] = stack[sp - 1] - stack[sp]
        elif op == MUL:
            sp -= 1
            stack[sp - 1] = stack[sp - 1] * stack[sp]
        elif op == LT:
            sp -= 1
            if stack[sp - 1] < stack[sp]:
                stack[sp - 1] = 1
            else:
                stack[sp - 1] = 0
        elif op == DUP:
            stack[sp] = stack[sp - 1]
            sp += 1
        elif op == POP:
            sp -= 1
        elif op == SWAP:
            tmp = stack[sp - 1]
            stack[sp - 1] = stack[sp - 2]
            stack[sp - 2] = tmp
        elif op == LOAD:
            stack[sp] = frame.locals[arg_of(code, pc - 1)]
            sp += 1
        elif op == STORE:
            sp -= 1
            frame.locals[arg_of(code, pc - 1)] = stack[sp]
        elif op == JNZ:
            sp -= 1
            if stack[sp] != 0:
                target = promote(arg_of(code, pc - 1))
                if target < pc:
                    driver.can_enter_jit(pc=target, code=code, sp=sp, stack=stack, frame=frame)
                pc = target
        elif op == JMP:
            pc = arg_of(code, pc - 1)
        elif op == PRINT:
            sp -= 1
            frame.output.append(str(stack[sp]))
        elif op == HALT:
            break
        else:
            raise ValueError("bad opcode")
    print("%s: steps=%d output=%s" % (code.name, frame.steps, " ".join(frame.output)))
    if sp > 0:
        return stack[sp - 1]
    return 0


def assemble(name, text):
    ops = []
    args = []
    for line in text.split(";"):
        parts = line.split()
        if len(parts) == 0:
            continue
        ops.append(NAMES.index(parts[0]))
        if len(parts) > 1:
            args.append(int(parts[1]))
        else:
            args.append(0)
    return Code(name, ops, args)


# sum of 1..n: locals[0]=i, locals[1]=acc
SUM_PROG = "PUSH 1000; STORE 0; PUSH 0; STORE 1; LOAD 1; LOAD 0; ADD; STORE 1; LOAD 0; PUSH 1; SUB; DUP; STORE 0; JNZ 4; LOAD 1; PRINT; LOAD 1; HALT"
# factorial of 10 and powers of two printed along the way
FACT_PROG = "PUSH 1; STORE 1; PUSH 10; STORE 0; LOAD 1; LOAD 0; MUL; DUP; PRINT; STORE 1; LOAD 0; PUSH 1; SUB; DUP; STORE 0; JNZ 4; LOAD 1; HALT"
# count up to 20 printing multiples of 7 (via loop with LT)
COUNT_PROG = "PUSH 0; STORE 0; LOAD 0; PUSH 1; ADD; DUP; STORE 0; DUP; PUSH 7; MUL; PRINT; PUSH 6; LT; JNZ 2; PUSH 42; HALT"


def entry_point(argv):
    total = 0
    for name, text in [("sum", SUM_PROG), ("fact", FACT_PROG), ("count", COUNT_PROG)]:
        code = assemble(name, text)
        r = interpret(code)
        print("result of %s: %d (ops=%d)" % (name, r, len(code.ops)))
        total += r
    print("total:", total)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
