# passes: constfold
# A loop-carried variable that never changes becomes a constant (every
# incoming link passes the constant or the variable itself); a variable
# only carried around the loop is removed.


def entry_point(argv):
    step = 2
    total = 0
    unused = 5
    i = 0
    while i < len(argv) * 10:
        total += step
        unused = unused + 0
        i += 1
    print(total)
    return 0


def target(driver, args):
    return entry_point
