"""Generators as methods: in-order traversal of a tree with recursive generators, and a generator-based tokenizer."""


class Tree(object):
    def __init__(self, value, left, right):
        self.value = value
        self.left = left
        self.right = right

    def walk(self):
        if self.left is not None:
            for v in self.left.walk():
                yield v
        yield self.value
        if self.right is not None:
            for v in self.right.walk():
                yield v


def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Tree(mid, build(lo, mid - 1), build(mid + 1, hi))


class Lexer(object):
    def __init__(self, text):
        self.text = text

    def tokens(self):
        i = 0
        n = len(self.text)
        while i < n:
            c = self.text[i]
            if c.isdigit():
                j = i
                while j < n and self.text[j].isdigit():
                    j += 1
                yield "NUM(" + self.text[i:j] + ")"
                i = j
            elif c.isspace():
                i += 1
            else:
                yield "OP(" + c + ")"
                i += 1


def entry_point(argv):
    t = build(1, 12)
    if t is None:
        return 1
    print("walk:", " ".join([str(v) for v in t.walk()]))
    s = 0
    for v in t.walk():
        s += v * v
    print("sum of squares:", s)
    for tok in Lexer("12+(34 * 5)-6").tokens():
        print(tok)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
