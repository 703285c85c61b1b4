from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["acc", "n"])


def interpret(code, n):  # reveal: (str, int) -> int
    pc = 0
    acc = 0
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, acc=acc, n=n)
        c = code[pc]
        if c == "+":
            acc += n
        elif c == "-":
            acc -= 1
        elif c == "*":
            acc *= 2
        pc += 1
    return acc


def entry_point(argv):  # reveal: (list[str]) -> int
    return interpret("++*-" + argv[0], len(argv) - 3)


def target(driver, args):
    return entry_point
