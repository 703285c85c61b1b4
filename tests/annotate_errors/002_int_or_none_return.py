# error: the return value of 'parse_sign' can be an int or None (the last path falls off the end and returns None), and None does not mix with int
# at: "def parse_sign(s):"
# provenance: "return 1" (int); "return -1" (int); "print('no sign in', s)" (falls off the end: None)


def parse_sign(s):
    if s.startswith("+"):
        return 1
    if s.startswith("-"):
        return -1
    print('no sign in', s)


def entry_point(argv):
    parse_sign("+" + argv[0])
    return 0


def target(driver, args):
    return entry_point
