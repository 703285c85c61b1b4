"""A JSON-like value class hierarchy with a parser and a pretty printer (StringBuilder, escapes, nesting)."""
from rpython.rlib.rstring import StringBuilder


class JValue(object):
    def dump(self, sb, indent):
        raise NotImplementedError

    def count(self):
        return 1


class JNull(JValue):
    def dump(self, sb, indent):
        sb.append("null")


class JBool(JValue):
    def __init__(self, v):
        self.v = v

    def dump(self, sb, indent):
        if self.v:
            sb.append("true")
        else:
            sb.append("false")


class JNum(JValue):
    def __init__(self, v):
        self.v = v

    def dump(self, sb, indent):
        if -1e15 < self.v < 1e15 and self.v == float(int(self.v)):
            sb.append(str(int(self.v)))
        else:
            sb.append(str(self.v))


class JStr(JValue):
    def __init__(self, s):
        self.s = s

    def dump(self, sb, indent):
        sb.append_char('"')
        for c in self.s:
            if c == '"':
                sb.append('\\"')
            elif c == "\\":
                sb.append("\\\\")
            elif c == "\n":
                sb.append("\\n")
            elif ord(c) < 32:
                sb.append("\\u%04x" % ord(c))
            else:
                sb.append(c)
        sb.append_char('"')


class JList(JValue):
    def __init__(self, items):
        self.items = items

    def dump(self, sb, indent):
        if len(self.items) == 0:
            sb.append("[]")
            return
        sb.append("[\n")
        for i in range(len(self.items)):
            sb.append_multiple_char(" ", indent + 2)
            self.items[i].dump(sb, indent + 2)
            if i < len(self.items) - 1:
                sb.append_char(",")
            sb.append_char("\n")
        sb.append_multiple_char(" ", indent)
        sb.append("]")

    def count(self):
        n = 1
        for it in self.items:
            n += it.count()
        return n


class JObject(JValue):
    def __init__(self):
        self.keys = []
        self.values = {}

    def put(self, k, v):
        if k not in self.values:
            self.keys.append(k)
        self.values[k] = v

    def dump(self, sb, indent):
        if len(self.keys) == 0:
            sb.append("{}")
            return
        sb.append("{\n")
        for i in range(len(self.keys)):
            k = self.keys[i]
            sb.append_multiple_char(" ", indent + 2)
            JStr(k).dump(sb, indent + 2)
            sb.append(": ")
            self.values[k].dump(sb, indent + 2)
            if i < len(self.keys) - 1:
                sb.append_char(",")
            sb.append_char("\n")
        sb.append_multiple_char(" ", indent)
        sb.append("}")

    def count(self):
        n = 1
        for k in self.keys:
            n += self.values[k].count()
        return n


class ParseError(Exception):
    def __init__(self, pos):
        self.pos = pos


class Parser(object):
    def __init__(self, s):
        self.s = s
        self.i = 0

    def cur(self):
        if self.i >= len(self.s):
            raise ParseError(self.i)
        return self.s[self.i]

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \n\t":
            self.i += 1

    def value(self):
        self.ws()
        if self.i >= len(self.s):
            raise ParseError(self.i)
        c = self.cur()
        if c == "{":
            return self.obj()
        if c == "[":
            return self.lst()
        if c == '"':
            return JStr(self.string())
        if self.s.startswith("true", self.i):
            self.i += 4
            return JBool(True)
        if self.s.startswith("false", self.i):
            self.i += 5
            return JBool(False)
        if self.s.startswith("null", self.i):
            self.i += 4
            return JNull()
        start = self.i
        while self.i < len(self.s) and self.s[self.i] in "+-.0123456789eE":
            self.i += 1
        if start == self.i:
            raise ParseError(self.i)
        return JNum(float(self.s[start:self.i]))

    def string(self):
        self.i += 1
        sb = StringBuilder()
        while self.cur() != '"':
            c = self.cur()
            if c == "\\":
                self.i += 1
                e = self.cur()
                if e == "n":
                    sb.append("\n")
                else:
                    sb.append(e)
            else:
                sb.append(c)
            self.i += 1
        self.i += 1
        return sb.build()

    def lst(self):
        self.i += 1
        items = []
        self.ws()
        if self.cur() == "]":
            self.i += 1
            return JList(items)
        while True:
            items.append(self.value())
            self.ws()
            if self.cur() == ",":
                self.i += 1
            elif self.cur() == "]":
                self.i += 1
                return JList(items)
            else:
                raise ParseError(self.i)

    def obj(self):
        self.i += 1
        o = JObject()
        self.ws()
        if self.cur() == "}":
            self.i += 1
            return o
        while True:
            self.ws()
            k = self.string()
            self.ws()
            if self.cur() != ":":
                raise ParseError(self.i)
            self.i += 1
            o.put(k, self.value())
            self.ws()
            if self.cur() == ",":
                self.i += 1
            elif self.cur() == "}":
                self.i += 1
                return o
            else:
                raise ParseError(self.i)


def pretty(v):
    sb = StringBuilder()
    v.dump(sb, 0)
    return sb.build()


DOC = '{"name": "RPython \\"3\\"", "version": 3.5, "tags": ["fast", "typed", "jit"], ' \
      '"nested": {"empty": {}, "list": [], "flags": [true, false, null], "n": -12, "big": 1e21}, ' \
      '"text": "line1\\nline2", "unicode": "caf\u00e9 \u65e5\u672c"}'


def entry_point(argv):
    v = Parser(DOC).value()
    print(pretty(v))
    print("node count:", v.count())
    o = JObject()
    o.put("a", JNum(1.0))
    o.put("b", JList([JNum(2.5), JStr("x"), JNull()]))
    o.put("a", JBool(True))
    print(pretty(o))
    for bad in ['{"a" 1}', "[1, 2", "", "[1,]"]:
        try:
            Parser(bad).value()
            print("parsed?!", bad)
        except ParseError as e:
            print("parse error in %r at %d" % (bad, e.pos))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
