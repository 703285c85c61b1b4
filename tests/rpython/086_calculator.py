"""A small tokenizer + recursive-descent calculator over floats with variables, errors reported per line."""


class CalcError(Exception):
    def __init__(self, msg, pos):
        self.msg = msg
        self.pos = pos


class Token(object):
    def __init__(self, kind, text, pos):
        self.kind = kind     # "num", "name", "op", "end"
        self.text = text
        self.pos = pos


def tokenize(src):
    toks = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c == " ":
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < n and (src[j].isdigit() or src[j] == "."):
                j += 1
            toks.append(Token("num", src[i:j], i))
            i = j
        elif c.isalpha():
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(Token("name", src[i:j], i))
            i = j
        elif c in "+-*/()=^%":
            toks.append(Token("op", c, i))
            i += 1
        else:
            raise CalcError("unexpected character %r" % c, i)
    toks.append(Token("end", "", n))
    return toks


class Calc(object):
    def __init__(self):
        self.vars = {"pi": 3.141592653589793}
        self.toks = []
        self.pos = 0

    def peek(self):
        return self.toks[self.pos]

    def next(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def expect(self, text):
        t = self.next()
        if t.text != text:
            raise CalcError("expected %r" % text, t.pos)

    def run(self, line):
        self.toks = tokenize(line)
        self.pos = 0
        if (len(self.toks) > 2 and self.toks[0].kind == "name"
                and self.toks[1].text == "="):
            name = self.toks[0].text
            self.pos = 2
            v = self.expr()
            self.vars[name] = v
        else:
            v = self.expr()
        t = self.peek()
        if t.kind != "end":
            raise CalcError("trailing input", t.pos)
        return v

    def expr(self):
        v = self.term()
        while self.peek().text == "+" or self.peek().text == "-":
            op = self.next().text
            r = self.term()
            if op == "+":
                v += r
            else:
                v -= r
        return v

    def term(self):
        v = self.power()
        while self.peek().text in ("*", "/", "%"):
            op = self.next()
            r = self.power()
            if op.text == "*":
                v *= r
            elif r == 0.0:
                raise CalcError("division by zero", op.pos)
            elif op.text == "/":
                v /= r
            else:
                v = v - r * float(int(v / r))
        return v

    def power(self):
        base = self.unary()
        if self.peek().text == "^":
            self.next()
            exp = self.power()
            return base ** exp
        return base

    def unary(self):
        if self.peek().text == "-":
            self.next()
            return -self.unary()
        return self.atom()

    def atom(self):
        t = self.next()
        if t.kind == "num":
            try:
                return float(t.text)
            except ValueError:
                raise CalcError("bad number %r" % t.text, t.pos)
        if t.kind == "name":
            if t.text not in self.vars:
                raise CalcError("unknown variable %r" % t.text, t.pos)
            return self.vars[t.text]
        if t.text == "(":
            v = self.expr()
            self.expect(")")
            return v
        raise CalcError("unexpected %r" % t.text, t.pos)


PROGRAM = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-4 + -(-2)",
    "x = 10 / 4",
    "y = x * x - 1",
    "y % 2",
    "pi * 2",
    "r = 1.5",
    "pi * r ^ 2",
    "1 / (x - 2.5)",
    "3 + $",
    "1.2.3 + 1",
    "(1 + 2",
    "zz * 2",
    "1 2",
    "100 / 8 / 5",
]


def entry_point(argv):
    calc = Calc()
    errors = 0
    for line in PROGRAM:
        try:
            v = calc.run(line)
            print("%-14s => %s" % (line, str(v)))
        except CalcError as e:
            errors += 1
            print("%-14s => error at %d: %s" % (line, e.pos, e.msg))
    names = [k for k in calc.vars]
    print("variables:", " ".join(["%s=%s" % (k, str(calc.vars[k])) for k in names]))
    print("errors:", errors)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
