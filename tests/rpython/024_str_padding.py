"""zfill, ljust, rjust, center (with and without fill char) for table layout."""


def entry_point(argv):
    for v in ["7", "-42", "+3", "12345", ""]:
        print("[%s] [%s] [%s]" % (v.zfill(5), v.zfill(2), v.zfill(0)))
    for w in ["a", "ab", "abc", "abcdefgh"]:
        print("[%s] [%s] [%s] [%s] [%s]" % (w.ljust(6), w.rjust(6), w.center(6), w.center(7, "*"), w.ljust(4, ".")))
    rows = [("name", "qty"), ("apple", "3"), ("kiwi", "12"), ("watermelon", "1")]
    width = 0
    for r in rows:
        if len(r[0]) > width:
            width = len(r[0])
    print("+" + "-" * (width + 2) + "+" + "-" * 6 + "+")
    for r in rows:
        print("| " + r[0].ljust(width) + " | " + r[1].rjust(4) + " |")
    print("+" + "-" * (width + 2) + "+" + "-" * 6 + "+")
    print(str(len(argv) * 5).zfill(3), "title".center(20, "="))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
