def words(s):
    parts = s.split()
    fields = s.strip().split(",", 1)
    return len(parts) + len(fields) + len(s.rsplit(None, 2)) + len(s.splitlines(True))


def search(s, sub):
    n = s.find(sub) + s.rfind(sub, 1) + s.count(sub, 0, 5) + s.index(sub)
    if s.startswith(sub) or s.endswith("x", 2) or s.rindex(sub) > 0:
        n += 1
    return n


def transform(s):
    t = s.replace("a", "b") + s.replace("x", "y", 1) + s.lstrip("ab") + s.rstrip()
    t += s.upper() + s.lower() + s.title() + s.capitalize() + s.swapcase()
    t += s.ljust(8) + s.rjust(8, "*") + s.center(9, "-") + s.zfill(6)
    head, sep, tail = s.partition("=")
    return t + head + sep + tail + ",".join([s, t]) + "".join(["a", "b"])


def classify(c):
    # c is a character: no string is allocated for these
    if c.isdigit() or c.isalpha() or c.isspace() or c.isalnum():
        return c.upper()
    return c.lower()


def chars_joined(s):
    out = []
    for c in s:
        out.append(classify(c))
    return "-".join(out)


def raw(b):
    text = b.strip().decode("utf-8") + b[1:3].decode("ascii")
    total = 0
    for byte in b:
        total += byte
    return text.encode("latin-1") + b"|".join(b.split(b",")) + bytes([total & 255])


def entry_point(argv):
    s = argv[0]
    print(words(s), search(s, "a"), transform(s), chars_joined(s))
    print(raw(s.encode("utf-8")))
    return 0


def target(driver, args):
    return entry_point
