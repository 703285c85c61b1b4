# error: 'add' takes 2 arguments but is called with 3
# at: "return add(1, 2, len(argv))"
# provenance: "def add(a, b):" (the definition)


def add(a, b):
    return a + b


def entry_point(argv):
    if len(argv) > 3:
        return add(1, 2, len(argv))
    return add(len(argv), 1)


def target(driver, args):
    return entry_point
