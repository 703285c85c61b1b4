def words(line):  # reveal: (str) -> list[str]
    return line.strip().split(" ")


def rejoin(parts):  # reveal: (list[str]) -> str
    return "-".join(parts)


def cleanup(s):  # reveal: (str) -> str
    return s.replace("ro", "RO").lstrip().rstrip()


def count_words(line):  # reveal: (str) -> int(nonneg)
    return len(words(line))


def entry_point(argv):  # reveal: (list[str]) -> int
    line = argv[0] + " x  y "
    parts = words(line)
    parts.append(cleanup(argv[0]))
    joined = rejoin(parts)
    return count_words(joined) + len(joined) - 3


def target(driver, args):
    return entry_point
