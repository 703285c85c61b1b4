# passes: inline constfold loads
# After inlining `apply`, its function-pointer argument is a constant: the
# indirect call becomes a direct call (loads runs with the graphs taken out
# of the program and reads callee signatures from its facts).


def double(x):
    return 2 * x


def triple(x):
    return 3 * x


def apply(f, x):
    return f(x)


def entry_point(argv):
    n = len(argv)
    print(apply(double, n), apply(triple, n))
    return 0


def target(driver, args):
    return entry_point
