from rpython.rlib.jit import JitDriver, promote, elidable

driver = JitDriver(greens=["pc", "code"], reds=["acc"])

@elidable
def opcode_at(code, pc):
    return code[pc]

def run(code):
    pc = 0
    acc = 0
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, acc=acc)
        op = opcode_at(code, pc)
        if op == "+":
            acc += 1
        pc += 1
    return promote(acc)

def entry_point(argv):
    return run(argv[0])

def target(driver, args):
    return entry_point
