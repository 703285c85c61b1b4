"""Validation that fails returns exit code 3 from entry_point (after printing diagnostics)."""


class Problem(object):
    def __init__(self, line, msg):
        self.line = line
        self.msg = msg


def validate(lines):
    problems = []
    seen = {}
    for i in range(len(lines)):
        line = lines[i]
        if "=" not in line:
            problems.append(Problem(i + 1, "missing '='"))
            continue
        key, _, value = line.partition("=")
        key = key.strip()
        if key in seen:
            problems.append(Problem(i + 1, "duplicate key %r (first on line %d)" % (key, seen[key])))
        else:
            seen[key] = i + 1
        if value.strip() == "":
            problems.append(Problem(i + 1, "empty value for %r" % key))
    return problems


CONFIG = """name = demo
version = 3
debug
name = again
path =
color = blue"""


def entry_point(argv):
    lines = CONFIG.split("\n")
    print("checking %d lines" % len(lines))
    problems = validate(lines)
    for p in problems:
        print("line %d: %s" % (p.line, p.msg))
    if len(problems) > 0:
        print("%d problems found" % len(problems))
        return 3
    print("ok")
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
