"""str.join and the strip family with and without explicit chars."""


def entry_point(argv):
    words = ["alpha", "beta", "gamma"]
    print(", ".join(words), "|", "".join(words), "|", "-".join([]), "|", "+".join(["solo"]))
    s = "  \t padded text \n "
    print("[%s] [%s] [%s]" % (s.strip(), s.lstrip(), s.rstrip()))
    t = "xxyhello worldyxx"
    print("[%s] [%s] [%s]" % (t.strip("xy"), t.lstrip("x"), t.rstrip("yx")))
    print("[%s]" % "....".strip("."), "[%s]" % "".strip(), "[%s]" % "abc".strip("cba"))
    u = "0001200"
    print("[%s] [%s] [%s]" % (u.strip("0"), u.lstrip("0"), u.rstrip("0")))
    lines = ["  first  ", "second\n", "\tthird"]
    cleaned = []
    for l in lines:
        cleaned.append(l.strip())
    print("/".join(cleaned))
    nums = []
    for i in range(10):
        nums.append(str(i * i))
    print(" ".join(nums))
    print("sep join:", "<>".join(["a", "b", "c"]))
    chars = [c for c in "hello"]
    print("chars joined:", ".".join(chars))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
