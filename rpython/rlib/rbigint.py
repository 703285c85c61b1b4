"""Immutable arbitrary-precision integers for RPython-3 (untranslated: a
CPython int inside).  Method names follow PyPy's rbigint.

Construction (static methods):
    fromint(i) (machine int), frombool(b), fromlong(l) (any Python int),
    fromrarith_int(x) (sized int), fromfloat(f) (truncates; OverflowError for
    inf, ValueError for nan), fromstr(s, base=10) (surrounding whitespace,
    sign and, for bases 2/8/16 or base 0, a 0b/0o/0x prefix), fromdecimalstr(s)
    (sign and decimal digits only), frombytes(s, byteorder, signed).
    Bad strings raise ValueError.  Constants NULLRBIGINT, ONERBIGINT.
Conversion:
    toint(), tolonglong() (OverflowError outside the signed 64-bit range),
    touint(), toulonglong() (OverflowError if negative or too big; results are
    r_uint), tolong() (Python int), tofloat() (OverflowError if too big),
    tobool(), tobytes(nbytes, byteorder, signed).
Arithmetic, other operand an rbigint:
    add, sub, mul, floordiv (alias div), mod, divmod (tuple of rbigints),
    truediv (a float), pow(other, modulo=None) (ValueError for a negative
    exponent or a zero modulo), and_, or_, xor; eq, ne, lt, le, gt, ge.
    Division by zero raises ZeroDivisionError; division floors like Python.
Fast paths with a machine int operand:
    int_add, int_sub, int_mul, int_floordiv, int_mod, int_divmod,
    int_truediv, int_pow, int_and_, int_or_, int_xor,
    int_eq, int_ne, int_lt, int_le, int_gt, int_ge.
Unary and shifts:
    neg, abs, invert, lshift(n), rshift(n) (ValueError if n < 0).
Formatting:
    str(), repr() (decimal), format(digits, prefix='', suffix='') (base is
    len(digits); '-' comes before the prefix), hex() '0x..', oct() '0o..',
    bin() '0b..' (like Python 3).  No limit on the number of digits.
Other:
    hash(), bit_length(), is_odd(), numdigits() (63-bit digits), sign
    (-1, 0 or 1), log(base) (base 0.0 means natural log).
"""

import math
import operator

from rpython.rlib.rarithmetic import is_valid_int, r_uint, r_ulonglong

SHIFT = 63                      # bits per digit, for numdigits()
_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'
_CHUNK = 64                     # digits converted directly, without splitting
_WHITESPACE = ' \t\n\r\x0b\x0c'
_PREFIXES = {'0x': 16, '0o': 8, '0b': 2}


def _check_rbigint(value):
    if not isinstance(value, rbigint):
        raise TypeError("expected an rbigint, got %r" % (value,))
    return value._value


def _check_int(value):
    if not is_valid_int(value):
        raise TypeError("expected a machine-sized int, got %r" % (value,))
    return int(value)


def _to_digits(value, digits, width=0):
    """The non-negative `value` written with the alphabet `digits`, padded
    with zeros to `width`.  Big values are split in halves recursively."""
    base = len(digits)
    if value < base ** _CHUNK:
        out = []
        while value:
            value, d = divmod(value, base)
            out.append(digits[d])
        text = ''.join(reversed(out))
    else:
        half = int(value.bit_length() * math.log(2, base)) // 2
        high, low = divmod(value, base ** half)
        text = _to_digits(high, digits) + _to_digits(low, digits, half)
    return text.rjust(width, digits[0])


def _parse_digits(text, base):
    """Value of a string of valid digits; split to stay under CPython's
    limit on the length of int(str)."""
    if len(text) <= 1000:
        return int(text, base)
    half = len(text) // 2
    return (_parse_digits(text[:half], base) * base ** (len(text) - half)
            + _parse_digits(text[half:], base))


def _parse(s, base, allow_prefix):
    """Parse sign, optional prefix and digits; ValueError if malformed."""
    text = s.strip(_WHITESPACE)
    negative = text[:1] == '-'
    if text[:1] in ('-', '+'):
        text = text[1:]
    prefix_base = _PREFIXES.get(text[:2].lower())
    if allow_prefix and prefix_base is not None and base in (0, prefix_base):
        text = text[2:]
        base = prefix_base
    elif base == 0:
        base = 10
        if len(text) > 1 and text.strip('0') != '' and text[0] == '0':
            raise ValueError("invalid literal for rbigint: %r" % (s,))
    valid = _DIGITS[:base]
    if not 2 <= base <= 36 or not text or any(
            c not in valid for c in text.lower()):
        raise ValueError("invalid literal for rbigint with base %d: %r"
                         % (base, s))
    value = _parse_digits(text, base)
    return -value if negative else value


class rbigint(object):
    """An immutable big integer.  Create it with the from*() methods."""

    __slots__ = ('_value',)

    def __init__(self, value=0):
        self._value = value

    # ---------- construction

    @staticmethod
    def fromint(intval):
        return rbigint(_check_int(intval))

    @staticmethod
    def frombool(b):
        return ONERBIGINT if b else NULLRBIGINT

    @staticmethod
    def fromlong(l):
        if not isinstance(l, int):
            raise TypeError("fromlong() needs an int, got %r" % (l,))
        return rbigint(int(l))

    @staticmethod
    def fromrarith_int(i):
        return rbigint.fromlong(i)

    @staticmethod
    def fromfloat(dval):
        if math.isinf(dval):
            raise OverflowError("cannot convert float infinity to integer")
        if math.isnan(dval):
            raise ValueError("cannot convert float NaN to integer")
        return rbigint(int(dval))

    @staticmethod
    def fromstr(s, base=10):
        return rbigint(_parse(s, base, allow_prefix=True))

    @staticmethod
    def fromdecimalstr(s):
        if s.strip(_WHITESPACE) != s:
            raise ValueError("invalid decimal literal: %r" % (s,))
        return rbigint(_parse(s, 10, allow_prefix=False))

    @staticmethod
    def frombytes(s, byteorder, signed):
        return rbigint(int.from_bytes(s, byteorder, signed=signed))

    # ---------- conversion

    def toint(self):
        if not is_valid_int(self._value):
            raise OverflowError("rbigint too large to convert to int")
        return self._value

    tolonglong = toint

    def touint(self):
        if self._value < 0:
            raise OverflowError("cannot convert negative rbigint to unsigned")
        if self._value >> 64:
            raise OverflowError("rbigint too large to convert to unsigned")
        return r_uint(self._value)

    def toulonglong(self):
        return r_ulonglong(self.touint())

    def tolong(self):
        return self._value

    def tofloat(self):
        return float(self._value)

    def tobool(self):
        return self._value != 0

    def tobytes(self, nbytes, byteorder, signed):
        return self._value.to_bytes(nbytes, byteorder, signed=signed)

    # ---------- operations (binary ones are installed below)

    def divmod(self, other):
        q, r = divmod(self._value, _check_rbigint(other))
        return rbigint(q), rbigint(r)

    def int_divmod(self, iother):
        q, r = divmod(self._value, _check_int(iother))
        return rbigint(q), rbigint(r)

    def _pow(self, exponent, modulo):
        if exponent < 0:
            raise ValueError("rbigint.pow(): negative exponent")
        if modulo is None:
            return rbigint(self._value ** exponent)
        modulo = _check_rbigint(modulo)
        if modulo == 0:
            raise ValueError("rbigint.pow(): modulo cannot be 0")
        return rbigint(pow(self._value, exponent, modulo))

    def pow(self, other, modulo=None):
        return self._pow(_check_rbigint(other), modulo)

    def int_pow(self, iother, modulo=None):
        return self._pow(_check_int(iother), modulo)

    def neg(self):
        return rbigint(-self._value)

    def abs(self):
        return rbigint(abs(self._value))

    def invert(self):
        return rbigint(~self._value)

    def lshift(self, int_other):
        return rbigint(self._value << _check_int(int_other))

    def rshift(self, int_other):
        return rbigint(self._value >> _check_int(int_other))

    # ---------- formatting

    def format(self, digits, prefix='', suffix=''):
        if len(digits) < 2:
            raise ValueError("format() needs at least two digits")
        sign = '-' if self._value < 0 else ''
        return sign + prefix + _to_digits(abs(self._value), digits, 1) + suffix

    def str(self):
        return self.format(_DIGITS[:10])

    repr = str

    def hex(self):
        return self.format(_DIGITS[:16], '0x')

    def oct(self):
        return self.format(_DIGITS[:8], '0o')

    def bin(self):
        return self.format(_DIGITS[:2], '0b')

    # ---------- other queries

    def hash(self):
        return hash(self._value)

    def bit_length(self):
        return self._value.bit_length()

    def is_odd(self):
        return self._value & 1 == 1

    def numdigits(self):
        return max(1, -(-self._value.bit_length() // SHIFT))

    @property
    def sign(self):
        return (self._value > 0) - (self._value < 0)

    def log(self, base):
        if self._value <= 0:
            raise ValueError("math domain error")
        if base == 0.0:
            return math.log(self._value)
        return math.log(self._value, base)

    def __repr__(self):
        return 'rbigint(%s)' % self.str()


def _install_binary_operations():
    """Install the rbigint and `int_` versions of the binary operations."""
    def make(compute, wrap, check):
        return lambda self, other: wrap(compute(self._value, check(other)))

    def keep(result):
        return result
    results = [(rbigint, ['add', 'sub', 'mul', 'floordiv', 'mod',
                          'and_', 'or_', 'xor']),
               (bool, ['eq', 'ne', 'lt', 'le', 'gt', 'ge']),
               (keep, ['truediv'])]
    for wrap, names in results:
        for name in names:
            compute = getattr(operator, name)
            setattr(rbigint, name, make(compute, wrap, _check_rbigint))
            setattr(rbigint, 'int_' + name, make(compute, wrap, _check_int))


_install_binary_operations()
rbigint.div = rbigint.floordiv

NULLRBIGINT = rbigint(0)
ONERBIGINT = rbigint(1)
