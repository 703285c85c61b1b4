"""String building: StringBuilder appends, str concatenation, joins and slicing."""
from rpython.rlib.rstring import StringBuilder


def build(n):
    sb = StringBuilder()
    for i in range(n):
        sb.append(str(i))
        sb.append(",")
    return sb.build()


def words(n):
    parts = []
    for i in range(n):
        parts.append("w" + str(i % 100))
    return " ".join(parts)


def count_char(s, c):
    n = 0
    for ch in s:
        if ch == c:
            n += 1
    return n


def entry_point(argv):
    total = 0
    for r in range(10):
        s = build(200000)
        total += len(s) + count_char(s, "7")
        w = words(100000)
        total += len(w.split(" ")) + len(w[10:5000])
    print(total)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
