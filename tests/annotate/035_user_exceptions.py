class ParseError(Exception):
    def __init__(self, msg, pos):  # reveal: (ParseError, str, int) -> None
        self.msg = msg
        self.pos = pos


def parse_digit(s, i):  # reveal: (str, int) -> int
    c = s[i]
    if not c.isdigit():
        raise ParseError("not a digit: " + c, i)
    return ord(c) - 48


def safe_parse(s, i):  # reveal: (str, int) -> int
    try:
        return parse_digit(s, i)
    except ParseError as e:
        return -e.pos - len(e.msg)


def entry_point(argv):  # reveal: (list[str]) -> int
    return safe_parse(argv[0], len(argv) - 1)


def target(driver, args):
    return entry_point
