"""String indexing (incl. negative), slicing with non-negative bounds, len, iteration."""


def reverse(s):
    out = ""
    i = len(s) - 1
    while i >= 0:
        out += s[i]
        i -= 1
    return out


def entry_point(argv):
    s = "Hello, RPython world!"
    n = len(argv)
    print("len:", len(s))
    print("s[0]=%s s[7]=%s s[-1]=%s s[-6]=%s" % (s[0], s[7 * n], s[-1], s[-6]))
    print("[0:5]=%s [7:14]=%s [7:]=%s [:5]=%s [:]=%s" % (s[0:5], s[7:14], s[7:], s[:5], s[:]))
    print("[3:3]=%r [10:2]=%r [15:100]=%r [100:]=%r" % (s[3:3], s[10:2], s[15:100], s[100:]))
    start = 2 * n
    stop = len(s) - 3
    print("run-time bounds:", s[start:stop], s[start:], s[:stop])
    print("reversed:", reverse(s))
    chars = []
    for c in s:
        if c != " ":
            chars.append(c)
    print("no spaces:", "".join(chars))
    count = 0
    for i in range(len(s)):
        if s[i] == "o":
            count += 1
            print("  'o' at", i)
    print("count o:", count)
    comma = s.find(",")
    space = s.rfind(" ")
    if comma >= 0 and space >= 0:
        print("first word:", s[:comma], "last:", s[space + 1:])
    t = "abcdefghij"
    pieces = []
    for k in range(0, len(t), 3):
        pieces.append(t[k:k + 3])
    print("chunks:", "|".join(pieces))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
