def is_even(n):  # reveal: (int) -> bool
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):  # reveal: (int) -> bool
    if n == 0:
        return False
    return is_even(n - 1)


def parse_sum(s, pos):  # reveal: (str, int) -> tuple[int, int]
    value, pos = parse_atom(s, pos)
    while pos < len(s) and s[pos] == "+":
        rhs, pos = parse_atom(s, pos + 1)
        value = value + rhs
    return value, pos


def parse_atom(s, pos):  # reveal: (str, int) -> tuple[int, int]
    if pos < len(s) and s[pos] == "(":
        value, pos = parse_sum(s, pos + 1)
        return value, pos + 1
    if pos < len(s) and s[pos].isdigit():
        return ord(s[pos]) - 48, pos + 1
    return 0, pos


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    value, end = parse_sum("(1+2)+3" + argv[0], n - 1)
    if is_even(n * 6) and not is_odd(len(argv[0])):
        return value + end
    return value - end


def target(driver, args):
    return entry_point
