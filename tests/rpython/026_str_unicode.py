"""Non-ASCII text: é, ü, 日本, emoji indexed, sliced, counted, searched, upper/lower, encoded."""


def entry_point(argv):
    s = "café über 日本語 😀!"
    print(s)
    print("len:", len(s))
    print("s[3]=%s s[5]=%s s[10]=%s s[-2]=%s" % (s[3], s[5], s[10], s[-2]))
    print("slices:", s[0:4], "|", s[5:9], "|", s[10:13], "|", s[14:])
    print("upper:", s.upper())
    print("find 日本:", s.find("日本"), "find 😀:", s.find("😀"), "in:", "ü" in s)
    for c in "aé日😀":
        print(c, ord(c), len(c.encode("utf-8")))
    b = s.encode("utf-8")
    print("utf8 length:", len(b))
    back = b.decode("utf-8")
    print("round trip equal:", back == s)
    rev = ""
    for c in s:
        rev = c + rev
    print("reversed:", rev)
    print("replace:", s.replace("日本語", "Japanese"))
    words = s.split(" ")
    print("words:", len(words), "/".join(words))
    print("Ü lower:", "ÜBER".lower(), "ß upper:", "straße".upper())
    print("isalpha:", "é".isalpha(), "日".isalpha(), "😀".isalpha())
    print("chr:", chr(0xe9) + chr(0x65e5) + chr(0x1f600))
    print("repr of str with non-ascii: %r" % "é")
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
