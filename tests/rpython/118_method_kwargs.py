"""Keyword arguments to builtin methods (sort, split, splitlines, encode) and methods of one-character strings."""


def show(lst):
    return "[" + ", ".join(lst) + "]"


def entry_point(argv):
    n = len(argv)
    nums = [5, 3, 9, 1, 7, n]
    nums.sort(reverse=True)
    print(nums)
    nums.sort(reverse=False)
    print(nums)
    nums.sort(reverse=n > 0)
    print(nums)
    words = ["pear", "apple", "fig", "banana"]
    words.sort(reverse=True)
    print(show(words))
    floats = [0.5, -1.25, 3.0, 0.0, -0.0]
    floats.sort(reverse=True)
    print(floats)

    line = "a,b,,c,d" + "," * n
    print(show(line.split(sep=",")))
    print(show(line.split(",", maxsplit=1)))
    print(show(line.split(sep=",", maxsplit=2)))
    print(show(line.rsplit(",", maxsplit=2)))
    print(show(line.rsplit(sep=",")))
    text = "  one two   three  "
    print(show(text.split(maxsplit=1)))
    print(show(text.rsplit(maxsplit=1)))
    print(show(text.split(sep=None)))
    lines = "first\nsecond\r\nthird"
    print(len(lines.splitlines(keepends=True)), lines.splitlines(keepends=True)[1] == "second\r\n")
    print(show(lines.splitlines(keepends=False)))
    data = "caf\xe9".encode(encoding="utf-8")
    print(len(data), data.decode(errors="strict") == "caf\xe9")
    print(len("abc".encode(errors="strict")))

    # methods of one-character strings
    s = "aZ5 \xdf\u0130\u01c6x!" + str(n)
    for i in range(len(s)):
        c = s[i]
        print(i, c.isdigit(), c.isalpha(), c.isspace(), c.isalnum(), c.isupper(), c.islower())
        u = c.upper()
        lo = c.lower()
        t = c.title()
        print(i, len(u), u == c.upper(), len(lo), len(t), len(c.swapcase()), len(c.capitalize()))
        print(i, [ord(x) for x in u], [ord(x) for x in lo], [ord(x) for x in t])
    word = ""
    for c in "Hello, World" + s:
        if c.isalpha():
            word += c.upper()
        else:
            word += c.lower()
    print(word)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
