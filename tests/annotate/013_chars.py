def first(s):  # reveal: (str) -> char
    return s[0]


def code_of(c):  # reveal: (char) -> int
    return ord(c) - ord("a")


def from_code(n):  # reveal: (int) -> char
    return chr(n + 97)


def is_vowel(c):  # reveal: (char) -> bool
    return c in "aeiou"


def shift(s, k):  # reveal: (str, int) -> str
    out = ""
    for c in s:
        out += from_code(code_of(c) + k)
    return out


def entry_point(argv):  # reveal: (list[str]) -> int
    s = argv[0]
    k = len(argv) - 1
    t = shift(s, k)
    r = code_of(first(t))
    for c in s:
        if is_vowel(c):
            r += 1
    return r


def target(driver, args):
    return entry_point
