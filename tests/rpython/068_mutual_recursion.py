"""Mutual recursion: is_even/is_odd, a recursive-descent parser for nested lists, Hofstadter sequences."""


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def hof_f(n):
    if n == 0:
        return 1
    return n - hof_m(hof_f(n - 1))


def hof_m(n):
    if n == 0:
        return 0
    return n - hof_f(hof_m(n - 1))


class Parser(object):
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def peek(self):
        if self.pos < len(self.text):
            return self.text[self.pos]
        return ""

    def parse_value(self):
        c = self.peek()
        if c == "[":
            return self.parse_list()
        return self.parse_number()

    def parse_list(self):
        self.pos += 1
        total = 0
        count = 0
        while self.peek() != "]":
            total += self.parse_value()
            count += 1
            if self.peek() == ",":
                self.pos += 1
        self.pos += 1
        return total * 10 + count

    def parse_number(self):
        start = self.pos
        while self.peek().isdigit():
            self.pos += 1
        return int(self.text[start:self.pos])


def entry_point(argv):
    print("even/odd:", " ".join(["%d:%s" % (n, is_even(n)) for n in [0, 1, 7, 10, 333]]))
    print("F:", " ".join([str(hof_f(n)) for n in range(15)]))
    print("M:", " ".join([str(hof_m(n)) for n in range(15)]))
    for t in ["5", "[1,2,3]", "[[1],[2,[3,4]],5]", "[]", "[[[]]]"]:
        print(t, "->", Parser(t).parse_value())
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
