# error: variable 'value' can be an int or a str
# at: "print(value)"
# provenance: "value = argv[0]" (str); "value = len(argv)" (int)


def describe(argv):
    if len(argv) > 3:
        value = argv[0]
    else:
        value = len(argv)
    print(value)
    return 0


def entry_point(argv):
    return describe(argv)


def target(driver, args):
    return entry_point
