"""Machine-integer arithmetic for RPython-3 (untranslated behaviour).

After translation a plain `int` is a signed 64-bit machine word.  This module
provides the explicit tools to reason about that:

* `intmask(x)` wraps any integer to a signed 64-bit `int`;
* `ovfcheck(x)` returns `x` if it fits a signed 64-bit word, else raises
  `OverflowError` (write `ovfcheck(a + b)`);
* sized integer classes `r_int`, `r_uint`, `r_longlong`, `r_ulonglong`,
  `r_int32`, `r_uint32`, `r_int16`, `r_uint16`, `r_int8`, `r_uint8`,
  `r_longlonglong`, `r_ulonglonglong` (128 bits): `int` subclasses whose
  every arithmetic result wraps exactly to their width and signedness.
  On this 64-bit platform `r_longlong is r_int` and `r_ulonglong is r_uint`.

Result type of a binary operation on sized integers (documented choice):

* sized op plain `int` (either order)  -> the sized type: `r_uint(3) - 5`
  is `r_uint(2**64 - 2)`; unsigned is contagious;
* two different sized types: the usual C conversions.  Same signedness ->
  the wider type.  Different signedness -> the unsigned type if it is at
  least as wide as the signed one (`r_uint + r_int32 -> r_uint`), otherwise
  the wider signed type (`r_int + r_uint32 -> r_int`);
* shifts `<<`, `>>` keep the type of the left operand;
* `/` (true division) gives a `float`, comparisons compare the values.

Caveat: `True + r_uint(1)` is a plain int, because CPython gives `bool` the
first chance there; write `int(flag)` when mixing booleans.
"""

import operator
import sys

LONG_BIT = 64
LONG_MASK = (1 << LONG_BIT) - 1
LONG_TEST = 1 << (LONG_BIT - 1)
maxint = sys.maxsize
assert maxint == LONG_TEST - 1, "rpython.rlib assumes a 64-bit CPython"


def _wrap(value, bits, signed):
    """Reduce the Python int `value` modulo 2**bits into the given range."""
    value &= (1 << bits) - 1
    if signed and value >> (bits - 1):
        value -= 1 << bits
    return value


class base_int(int):
    """Base class of the sized integer types; see the module docstring."""

    __slots__ = ()
    BITS = LONG_BIT
    SIGNED = True

    def __new__(cls, value=0):
        return int.__new__(cls, _wrap(int(value), cls.BITS, cls.SIGNED))

    def __repr__(self):
        return '%s(%d)' % (type(self).__name__, int(self))

    __str__ = int.__repr__


def _result_type(a, b):
    """The sized type of `a op b`, or None if `b` is not an integer."""
    ta = type(a)
    if not isinstance(b, int):
        return None
    if not isinstance(b, base_int):
        return ta
    tb = type(b)
    if ta is tb:
        return ta
    if ta.SIGNED == tb.SIGNED:
        return ta if ta.BITS >= tb.BITS else tb
    unsigned, signed = (tb, ta) if ta.SIGNED else (ta, tb)
    return unsigned if unsigned.BITS >= signed.BITS else signed


def _binop(compute):
    """Make the forward and reflected methods for `compute(x, y)`.
    (`extra` is the modulo of a three-argument pow().)"""
    def forward(self, other, *extra):
        restype = _result_type(self, other)
        if restype is None:
            return NotImplemented
        return restype(compute(int(self), int(other), *extra))

    def reflected(self, other):
        restype = _result_type(self, other)
        if restype is None:
            return NotImplemented
        return restype(compute(int(other), int(self)))
    return forward, reflected


def _shiftop(compute):
    """Shifts keep the type of the left operand."""
    def forward(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(compute(int(self), int(other)))

    def reflected(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return compute(int(other), int(self))
    return forward, reflected


def _power(x, y, modulo=None):
    if y < 0:
        raise ValueError("negative exponent on a sized integer")
    return pow(x, y, None if modulo is None else int(modulo))


def _install_operators():
    binops = {'add': operator.add, 'sub': operator.sub, 'mul': operator.mul,
              'floordiv': operator.floordiv, 'mod': operator.mod,
              'pow': _power, 'and': operator.and_, 'or': operator.or_,
              'xor': operator.xor}
    for name, compute in binops.items():
        forward, reflected = _binop(compute)
        setattr(base_int, '__%s__' % name, forward)
        setattr(base_int, '__r%s__' % name, reflected)
    for name, compute in {'lshift': operator.lshift,
                          'rshift': operator.rshift}.items():
        forward, reflected = _shiftop(compute)
        setattr(base_int, '__%s__' % name, forward)
        setattr(base_int, '__r%s__' % name, reflected)
    for name, compute in {'neg': operator.neg, 'pos': operator.pos,
                          'abs': abs, 'invert': operator.invert}.items():
        setattr(base_int, '__%s__' % name,
                lambda self, f=compute: type(self)(f(int(self))))


_install_operators()


def _base_int_divmod(self, other):
    return (self // other, self % other)


def _base_int_rdivmod(self, other):
    return (other // self, other % self)


base_int.__divmod__ = _base_int_divmod
base_int.__rdivmod__ = _base_int_rdivmod

_inttypes = {}


def build_int(name, signed, bits):
    """Return the sized integer class for (signed, bits), creating it once."""
    key = (bool(signed), bits)
    if key not in _inttypes:
        _inttypes[key] = type(name, (base_int,),
                              {'BITS': bits, 'SIGNED': bool(signed),
                               '__slots__': (), '__module__': __name__})
    return _inttypes[key]


r_int = build_int('r_int', True, LONG_BIT)
r_uint = build_int('r_uint', False, LONG_BIT)
r_longlong = build_int('r_longlong', True, 64)
r_ulonglong = build_int('r_ulonglong', False, 64)
r_longlonglong = build_int('r_longlonglong', True, 128)
r_ulonglonglong = build_int('r_ulonglonglong', False, 128)
r_int32 = build_int('r_int32', True, 32)
r_uint32 = build_int('r_uint32', False, 32)
r_int16 = build_int('r_int16', True, 16)
r_uint16 = build_int('r_uint16', False, 16)
r_int8 = build_int('r_int8', True, 8)
r_uint8 = build_int('r_uint8', False, 8)


def intmask(n):
    """Wrap the integer `n` (int, bool, sized int) to a signed 64-bit int."""
    return _wrap(int(n), LONG_BIT, True)


longlongmask = intmask


def ovfcheck(r):
    """Return `r` if it fits in a signed 64-bit word, else raise OverflowError.

    Use it around a single operation: `ovfcheck(x * y)`.
    """
    if isinstance(r, base_int) and not r.SIGNED:
        raise TypeError("ovfcheck() on an unsigned value %r" % (r,))
    if not -LONG_TEST <= r < LONG_TEST:
        raise OverflowError("integer overflow")
    return r


def ovfcheck_float_to_int(x):
    """Truncate the float `x` to an int; OverflowError if it does not fit."""
    if x != x:
        raise OverflowError("cannot convert float NaN to integer")
    if not -9223372036854775808.0 <= x < 9223372036854775808.0:
        raise OverflowError("float too large to convert to integer")
    return int(x)


ovfcheck_float_to_longlong = ovfcheck_float_to_int


def widen(n):
    """Widen a sized integer narrower than a machine word to a plain int.

    Values of types at least as wide as a word (int, r_int, r_uint) are
    returned unchanged, as in RPython.
    """
    if isinstance(n, base_int) and n.BITS < LONG_BIT:
        return int(n)
    return n


def is_valid_int(r):
    """True if `r` is an integer whose value fits a signed 64-bit word."""
    return isinstance(r, int) and -LONG_TEST <= r < LONG_TEST


def int_between(n, m, p):
    """Return `n <= m < p`."""
    return n <= m < p


def _type_range(tp):
    if issubclass(tp, base_int):
        if tp.SIGNED:
            return -(1 << (tp.BITS - 1)), (1 << (tp.BITS - 1)) - 1
        return 0, (1 << tp.BITS) - 1
    if tp is int or tp is bool:
        return -LONG_TEST, LONG_TEST - 1
    raise TypeError("not an integer type: %r" % (tp,))


def most_neg_value_of(tp):
    """The smallest value of the integer type `tp` (`int` is 64-bit)."""
    lo = _type_range(tp)[0]
    return tp(lo) if issubclass(tp, base_int) else lo


def most_pos_value_of(tp):
    """The largest value of the integer type `tp` (`int` is 64-bit)."""
    hi = _type_range(tp)[1]
    return tp(hi) if issubclass(tp, base_int) else hi


def most_neg_value_of_same_type(x):
    """The smallest value of the type of `x`."""
    return most_neg_value_of(type(x) if isinstance(x, base_int) else int)


def most_pos_value_of_same_type(x):
    """The largest value of the type of `x`."""
    return most_pos_value_of(type(x) if isinstance(x, base_int) else int)
