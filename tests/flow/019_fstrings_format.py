def describe(name, n, f):
    a = f"{name}: {n} items ({f:.2f})"
    b = "%s=%d" % (name, n)
    return a + b + repr(n)

def entry_point(argv):
    print(describe(argv[0], 3, 1.5))
    return 0

def target(driver, args):
    return entry_point
