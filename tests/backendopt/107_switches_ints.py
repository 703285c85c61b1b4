# passes: switches
# An interpreter's dispatch: `if op == A: ... elif op == B: ...` becomes one
# switch on `op` with a default exit.


def run(code):
    acc = 0
    pc = 0
    while pc < len(code):
        op = code[pc]
        if op == 1:
            acc += 1
        elif op == 2:
            acc -= 1
        elif op == 3:
            acc *= 2
        elif op == 7:
            acc = 0
        else:
            print("bad", op)
        pc += 1
    return acc


def entry_point(argv):
    print(run([1, 1, 3, 2, 7, 1, 9]))
    return 0


def target(driver, args):
    return entry_point
