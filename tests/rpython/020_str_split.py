"""str.split / rsplit with and without separator and maxsplit; splitlines; partition."""


def show(label, parts):
    print("%s -> %d %s" % (label, len(parts), "[" + "|".join(parts) + "]"))


def entry_point(argv):
    s = "  the quick  brown\tfox\njumps  "
    show("split()", s.split())
    show("split(' ')", s.split(" "))
    show("split(None, 2)", s.split(None, 2))
    show("rsplit()", s.rsplit())
    show("rsplit(None, 1)", s.rsplit(None, 1))
    csv = "a,b,,c,d,"
    show("split(',')", csv.split(","))
    show("split(',', 2)", csv.split(",", 2))
    show("rsplit(',', 2)", csv.rsplit(",", 2))
    show("split(',,')", csv.split(",,"))
    show("split('::')", "x::y::z".split("::"))
    show("empty split()", "".split())
    show("empty split(',')", "".split(","))
    show("spaces split()", "   ".split())
    show("no sep found", "abc".split("-"))
    show("splitlines", "one\ntwo\n\nthree\n".splitlines())
    p = "key=value=more".partition("=")
    print("partition:", p[0], p[1], p[2])
    r = "key=value=more".rpartition("=")
    print("rpartition:", r[0], r[1], r[2])
    m = "nothing".partition("=")
    print("partition miss: %r %r %r" % (m[0], m[1], m[2]))
    line = argv[0] + " 10 20 30"
    nums = line.split(" ")[1:]
    total = 0
    for x in nums:
        total += int(x)
    print("sum of fields:", total)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
