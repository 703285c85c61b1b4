# error: 'greet' has no parameter named 'colour' (unknown keyword argument)
# at: "s = greet(argv[0], colour='red')"
# provenance: "def greet(name, greeting='hello'):" (the definition)


def greet(name, greeting='hello'):
    return greeting + ", " + name


def entry_point(argv):
    s = greet(argv[0])
    if len(argv) > 3:
        s = greet(argv[0], colour='red')
    return len(s)


def target(driver, args):
    return entry_point
