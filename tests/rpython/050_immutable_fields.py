"""_immutable_fields_ and _attrs_ declarations on classes; immutable value objects and a frozen list field."""


class Token(object):
    _immutable_fields_ = ["kind", "text", "pos"]

    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def show(self):
        return "%s:%r@%d" % (self.kind, self.text, self.pos)


class Code(object):
    _immutable_fields_ = ["ops[*]", "name"]

    def __init__(self, name, ops):
        self.name = name
        self.ops = ops


class Mutable(object):
    _attrs_ = ["count", "label"]

    def __init__(self, label):
        self.count = 0
        self.label = label


def run(code):
    acc = 0
    for op in code.ops:
        if op > 0:
            acc += op
        else:
            acc *= -op
    return acc


def tokenize(s):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(Token("num", s[i:j], i))
            i = j
        elif c == " ":
            i += 1
        else:
            out.append(Token("op", c, i))
            i += 1
    return out


def entry_point(argv):
    toks = tokenize("12 + 345*(6 - 78)")
    print(" ".join([t.show() for t in toks]))
    code = Code("prog", [3, 4, -2, 5, -3])
    print(code.name, "->", run(code))
    m = Mutable("m")
    for t in toks:
        if t.kind == "num":
            m.count += 1
    print(m.label, m.count)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
