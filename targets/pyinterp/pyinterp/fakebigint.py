"""Untranslated stand-in for rpython.rlib.rbigint, used only when the rpython
package is not importable.  Same method names as rbigint."""


class rbigint(object):
    def __init__(self, v):
        self.v = v

    @staticmethod
    def fromint(i):
        return rbigint(i)

    @staticmethod
    def fromstr(s, base=10):
        return rbigint(int(s, base))

    @staticmethod
    def fromdecimalstr(s):
        return rbigint(int(s))

    @staticmethod
    def fromfloat(f):
        return rbigint(int(f))

    def toint(self):
        if -9223372036854775808 <= self.v <= 9223372036854775807:
            return self.v
        raise OverflowError

    def tofloat(self):
        return float(self.v)

    def tobool(self):
        return self.v != 0

    def str(self):
        return str(self.v)

    def format(self, digits, prefix='', suffix=''):
        base = len(digits)
        v = abs(self.v)
        out = []
        while True:
            out.append(digits[v % base])
            v //= base
            if v == 0:
                break
        s = prefix + ''.join(reversed(out)) + suffix
        if self.v < 0:
            s = '-' + s
        return s

    def hash(self):
        return hash(self.v)

    def add(self, o): return rbigint(self.v + o.v)
    def sub(self, o): return rbigint(self.v - o.v)
    def mul(self, o): return rbigint(self.v * o.v)
    def floordiv(self, o): return rbigint(self.v // o.v)
    def mod(self, o): return rbigint(self.v % o.v)
    def divmod(self, o):
        q, r = divmod(self.v, o.v)
        return rbigint(q), rbigint(r)
    def truediv(self, o): return self.v / o.v
    def pow(self, o, m=None):
        if m is None:
            return rbigint(self.v ** o.v)
        return rbigint(pow(self.v, o.v, m.v))
    def neg(self): return rbigint(-self.v)
    def abs(self): return rbigint(abs(self.v))
    def invert(self): return rbigint(~self.v)
    def lshift(self, n): return rbigint(self.v << n)
    def rshift(self, n): return rbigint(self.v >> n)
    def and_(self, o): return rbigint(self.v & o.v)
    def or_(self, o): return rbigint(self.v | o.v)
    def xor(self, o): return rbigint(self.v ^ o.v)
    def eq(self, o): return self.v == o.v
    def ne(self, o): return self.v != o.v
    def lt(self, o): return self.v < o.v
    def le(self, o): return self.v <= o.v
    def gt(self, o): return self.v > o.v
    def ge(self, o): return self.v >= o.v
    def bit_length(self): return self.v.bit_length()
