# Python source cannot be compiled at run time by a translated program;
# exec() at import time (module level) is fine.
exec("def double(x):\n    return 2 * x\n")


def entry_point(argv):
    y = eval(argv[0])
    exec("print(1)")
    return double(len(argv))


def target(driver, args):
    return entry_point
