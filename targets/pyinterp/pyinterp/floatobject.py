"""float objects."""

import math
from pyinterp.model import W_Root
from pyinterp import operators as ops
from pyinterp.intobject import W_IntObject, W_LongObject, int_hash, HASH_MODULUS
from pyinterp.rlib import formatd, rbigint, float_floor

HASH_BITS = 61


class W_FloatObject(W_Root):
    _immutable_fields_ = ['floatval']

    def __init__(self, floatval):
        self.floatval = floatval

    def getclass(self, space):
        return space.w_float

    def is_true(self, space):
        return self.floatval != 0.0

    def repr(self, space):
        return float_repr(self.floatval)

    def hash(self, space):
        return float_hash(self.floatval)

    def binop(self, space, op, w_other):
        if isinstance(w_other, W_FloatObject):
            return float_binop(space, op, self.floatval, w_other.floatval)
        if isinstance(w_other, W_IntObject):
            return float_binop(space, op, self.floatval, float(w_other.intval))
        if isinstance(w_other, W_LongObject):
            return float_binop(space, op, self.floatval, long_to_float(space, w_other))
        return None

    def rbinop(self, space, op, w_other):
        if isinstance(w_other, W_IntObject):
            return float_binop(space, op, float(w_other.intval), self.floatval)
        if isinstance(w_other, W_LongObject):
            return float_binop(space, op, long_to_float(space, w_other), self.floatval)
        return None

    def compare(self, space, op, w_other):
        if isinstance(w_other, W_FloatObject):
            return space.newbool(float_compare(op, self.floatval, w_other.floatval))
        if isinstance(w_other, W_IntObject):
            return space.newbool(float_compare(op, self.floatval, float(w_other.intval)))
        if isinstance(w_other, W_LongObject):
            return space.newbool(float_compare(op, self.floatval, w_other.num.tofloat()))
        return None

    def unaryop(self, space, op):
        if op == ops.UNARY_NEG:
            return space.newfloat(-self.floatval)
        if op == ops.UNARY_POS:
            return self
        return None

    def format(self, space, spec):
        from pyinterp.formatting import format_float
        return format_float(space, self.floatval, spec)


def long_to_float(space, w_long):
    try:
        return w_long.num.tofloat()
    except OverflowError:
        raise space.overflow_error("int too large to convert to float")


def float_repr(x):
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        if x > 0:
            return "inf"
        return "-inf"
    s = formatd(x, 'r', 0)
    for c in s:
        if c == "." or c == "e" or c == "n" or c == "i":
            return s
    return s + ".0"


def float_hash(x):
    """CPython's numeric hash of a float (_Py_HashDouble): equal to the
    hash of an int of the same value, computed modulo 2**61 - 1."""
    if math.isnan(x) or math.isinf(x):
        if math.isinf(x):
            if x > 0:
                return 314159
            return -314159
        return 0
    m, e = math.frexp(x)
    sign = 1
    if m < 0:
        sign = -1
        m = -m
    h = 0
    while m != 0.0:
        h = ((h << 28) & HASH_MODULUS) | (h >> (HASH_BITS - 28))
        m *= 268435456.0        # 2**28
        e -= 28
        y = int(m)
        m -= y
        h += y
        if h >= HASH_MODULUS:
            h -= HASH_MODULUS
    if e >= 0:
        e = e % HASH_BITS
    else:
        e = HASH_BITS - 1 - ((-1 - e) % HASH_BITS)
    h = ((h << e) & HASH_MODULUS) | (h >> (HASH_BITS - e))
    h = h * sign
    if h == -1:
        h = -2
    return h


def float_compare(op, a, b):
    if op == ops.CMP_LT:
        return a < b
    if op == ops.CMP_LE:
        return a <= b
    if op == ops.CMP_EQ:
        return a == b
    if op == ops.CMP_NE:
        return a != b
    if op == ops.CMP_GT:
        return a > b
    return a >= b


def float_mod(space, x, y):
    if y == 0.0:
        raise space.zero_division_error("float modulo")
    mod = math.fmod(x, y)
    if mod != 0.0:
        if (y < 0.0) != (mod < 0.0):
            mod += y
    else:
        mod = math.copysign(0.0, y)
    return mod


def float_floordiv(space, x, y):
    if y == 0.0:
        raise space.zero_division_error("float floor division by zero")
    mod = math.fmod(x, y)
    div = (x - mod) / y
    if mod != 0.0:
        if (y < 0.0) != (mod < 0.0):
            div -= 1.0
    if div != 0.0:
        floordiv = float_floor(div)
        if div - floordiv > 0.5:
            floordiv += 1.0
    else:
        floordiv = math.copysign(0.0, x / y)
    return floordiv


def float_pow(space, x, y):
    if y == 0.0:
        return 1.0
    if x == 0.0 and y < 0.0:
        raise space.zero_division_error("0.0 cannot be raised to a negative power")
    if x < 0.0 and y != float_floor(y):
        raise space.value_error("complex results are not supported")
    try:
        return math.pow(x, y)
    except OverflowError:
        raise space.overflow_error("(34, 'Numerical result out of range')")


def float_binop(space, op, x, y):
    if op == ops.OP_ADD:
        return space.newfloat(x + y)
    if op == ops.OP_SUB:
        return space.newfloat(x - y)
    if op == ops.OP_MUL:
        return space.newfloat(x * y)
    if op == ops.OP_TRUEDIV:
        if y == 0.0:
            raise space.zero_division_error("float division by zero")
        return space.newfloat(x / y)
    if op == ops.OP_FLOORDIV:
        return space.newfloat(float_floordiv(space, x, y))
    if op == ops.OP_MOD:
        return space.newfloat(float_mod(space, x, y))
    if op == ops.OP_POW:
        return space.newfloat(float_pow(space, x, y))
    return None


def float_to_int(space, x):
    """int(x) for a float: truncates, big results become W_LongObject."""
    if math.isnan(x):
        raise space.value_error("cannot convert float NaN to integer")
    if math.isinf(x):
        raise space.overflow_error("cannot convert float infinity to integer")
    if -9.2e18 < x < 9.2e18:
        return space.newint(int(x))
    return space.newlong(rbigint.fromfloat(x))
