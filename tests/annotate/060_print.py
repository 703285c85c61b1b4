def show(s, n, x):  # reveal: (str, int, float) -> None
    print(s)
    print(n)
    print(x)


def show_all(words):  # reveal: (list[str]) -> None
    for w in words:
        print(w)


def report(name, n):  # reveal: (str, int) -> int
    print(name, n)
    return n + 1


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv) - 3
    show(argv[0], n, n * 0.25)
    show_all(argv)
    return report(argv[0] + ":", n)


def target(driver, args):
    return entry_point
