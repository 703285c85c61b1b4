"""isdigit/isalpha/isspace/isalnum/isupper/islower and lower/upper/capitalize/title/swapcase."""


def flags(s):
    return "%-10r digit=%d alpha=%d space=%d alnum=%d upper=%d lower=%d" % (
        s, s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.isupper(), s.islower())


def entry_point(argv):
    for s in ["123", "abc", "ABC", "aB3", "  \t", "", "12.5", "hello world", "X", "7", "_"]:
        print(flags(s))
    t = "hello WORLD, this is RPython 3"
    print(t.lower())
    print(t.upper())
    print(t.capitalize())
    print(t.title())
    print(t.swapcase())
    counts = [0, 0, 0, 0]
    for c in t:
        if c.isdigit():
            counts[0] += 1
        elif c.isalpha():
            counts[1] += 1
        elif c.isspace():
            counts[2] += 1
        else:
            counts[3] += 1
    print("digits=%d letters=%d spaces=%d other=%d" % (counts[0], counts[1], counts[2], counts[3]))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
