def parse_int(s):  # reveal: (str) -> int
    try:
        return int(s)
    except ValueError:
        return -1


def parse_float(s):  # reveal: (str) -> float
    try:
        return float(s)
    except ValueError:
        return 0.0


def sum_fields(line):  # reveal: (str) -> int
    total = 0
    for field in line.split(","):
        total += parse_int(field)
    return total


def entry_point(argv):  # reveal: (list[str]) -> int
    n = parse_int(argv[0]) + sum_fields(argv[0] + ",12,-3")
    x = parse_float(argv[0]) + parse_float("2.5")
    return n + int(x)


def target(driver, args):
    return entry_point
