"""Non-zero exit code returned from entry_point, computed from run-time data (expected: 42)."""


def score(words):
    s = 0
    for w in words:
        s += len(w)
    return s


def entry_point(argv):
    words = "the answer is forty two".split()
    s = score(words)
    print("score:", s)
    code = s * 2 + len(argv) + 3
    print("exit code will be", code)
    return code


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
