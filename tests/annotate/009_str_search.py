def position(s, sub):  # reveal: (str, str) -> int
    return s.find(sub)


def is_flag(arg):  # reveal: (str) -> bool
    return arg.startswith("--") or arg.endswith("!")


def shout(s):  # reveal: (str) -> str
    return s.upper() + s.lower()


def all_digits(s):  # reveal: (str) -> bool
    return s.isdigit()


def contains(s, needle):  # reveal: (str, str) -> bool
    return needle in s


def entry_point(argv):  # reveal: (list[str]) -> int
    s = argv[0]
    sub = s[1:3]
    r = position(s, sub)
    if is_flag(s) or all_digits(s):
        r += 1
    if contains(shout(s), sub):
        r -= 1
    return r


def target(driver, args):
    return entry_point
