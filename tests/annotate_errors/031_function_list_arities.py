# error: the functions that can be called here do not have compatible signatures: 'one' takes 1 argument, 'two' takes 2
# at: "return h(len(argv))"
# provenance: "def one(a):" (1 argument); "def two(a, b):" (2 arguments); "HANDLERS = [one, two]" (the list mixing them)


def one(a):
    return a + 1


def two(a, b):
    return a + b


HANDLERS = [one, two]


def entry_point(argv):
    h = HANDLERS[len(argv) % 2]
    if len(argv) > 3:
        return h(len(argv))
    return 0


def target(driver, args):
    return entry_point
