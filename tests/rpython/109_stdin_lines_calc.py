"""Line-oriented stdin processing: read stdin with os.read, evaluate 'op a b' lines, report errors; exit code = error count."""
import os


def read_all(fd):
    parts = []
    while True:
        chunk = os.read(fd, 16)
        if not chunk:
            break
        parts.append(chunk)
    return b"".join(parts).decode("utf-8")


def evaluate(op, a, b):
    if op == "add":
        return a + b
    if op == "sub":
        return a - b
    if op == "mul":
        return a * b
    if op == "div":
        if b == 0:
            raise ZeroDivisionError()
        return a // b
    if op == "mod":
        if b == 0:
            raise ZeroDivisionError()
        return a % b
    raise KeyError(op)


def entry_point(argv):
    text = read_all(0)
    errors = 0
    results = []
    lineno = 0
    for line in text.split("\n"):
        lineno += 1
        line = line.strip()
        if line == "" or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) != 3:
            print("line %d: expected 3 fields, got %d" % (lineno, len(parts)))
            errors += 1
            continue
        try:
            a = int(parts[1])
            b = int(parts[2])
        except ValueError:
            print("line %d: bad number" % lineno)
            errors += 1
            continue
        try:
            r = evaluate(parts[0], a, b)
        except ZeroDivisionError:
            print("line %d: division by zero" % lineno)
            errors += 1
            continue
        except KeyError:
            print("line %d: unknown op %s" % (lineno, parts[0]))
            errors += 1
            continue
        results.append(r)
        print("%s %d %d = %d" % (parts[0], a, b, r))
    total = 0
    for r in results:
        total += r
    print("results: %d, total: %d, errors: %d" % (len(results), total, errors))
    return errors


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
