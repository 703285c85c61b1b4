"""int (machine word, overflowing into W_LongObject), bool and big ints."""

from pyinterp.model import W_Root
from pyinterp import operators as ops
from pyinterp.rlib import ovfcheck, rbigint, intmask

HASH_MODULUS = 2305843009213693951      # 2**61 - 1
MININT = -9223372036854775807 - 1


class W_IntObject(W_Root):
    _immutable_fields_ = ['intval']

    def __init__(self, intval):
        self.intval = intval

    def getclass(self, space):
        return space.w_int

    def is_true(self, space):
        return self.intval != 0

    def repr(self, space):
        return str(self.intval)

    def hash(self, space):
        return int_hash(self.intval)

    def tobig(self):
        return rbigint.fromint(self.intval)

    def binop(self, space, op, w_other):
        if isinstance(w_other, W_IntObject):
            return int_binop(space, op, self.intval, w_other.intval)
        if isinstance(w_other, W_LongObject):
            return long_binop(space, op, self.tobig(), w_other.num)
        return None

    def rbinop(self, space, op, w_other):
        if isinstance(w_other, W_IntObject):
            return int_binop(space, op, w_other.intval, self.intval)
        if isinstance(w_other, W_LongObject):
            return long_binop(space, op, w_other.num, self.tobig())
        return None

    def compare(self, space, op, w_other):
        if isinstance(w_other, W_IntObject):
            return space.newbool(int_compare(op, self.intval, w_other.intval))
        if isinstance(w_other, W_LongObject):
            return space.newbool(long_compare(op, self.tobig(), w_other.num))
        from pyinterp.floatobject import W_FloatObject, float_compare
        if isinstance(w_other, W_FloatObject):
            return space.newbool(float_compare(op, float(self.intval),
                                               w_other.floatval))
        return None

    def unaryop(self, space, op):
        v = self.intval
        if op == ops.UNARY_NEG:
            try:
                return space.newint(ovfcheck(-v))
            except OverflowError:
                return space.newlong(self.tobig().neg())
        if op == ops.UNARY_POS:
            return space.newint(v)
        if op == ops.UNARY_INVERT:
            return space.newint(~v)
        return None

    def format(self, space, spec):
        from pyinterp.formatting import format_int
        return format_int(space, self, spec)


class W_BoolObject(W_IntObject):
    def getclass(self, space):
        return space.w_bool

    def repr(self, space):
        if self.intval != 0:
            return "True"
        return "False"

    def binop(self, space, op, w_other):
        if (op == ops.OP_AND or op == ops.OP_OR or op == ops.OP_XOR) and \
                isinstance(w_other, W_BoolObject):
            a = self.intval != 0
            b = w_other.intval != 0
            if op == ops.OP_AND:
                return space.newbool(a and b)
            if op == ops.OP_OR:
                return space.newbool(a or b)
            return space.newbool(a != b)
        return W_IntObject.binop(self, space, op, w_other)

    def format(self, space, spec):
        if spec == "":
            return self.repr(space)
        return W_IntObject.format(self, space, spec)


class W_LongObject(W_Root):
    _immutable_fields_ = ['num']

    def __init__(self, num):
        self.num = num

    def getclass(self, space):
        return space.w_int

    def is_true(self, space):
        return self.num.tobool()

    def repr(self, space):
        return self.num.str()

    def hash(self, space):
        m = rbigint.fromint(HASH_MODULUS)
        h = self.num.abs().mod(m).toint()
        if not self.num.ge(rbigint.fromint(0)):
            h = -h
        if h == -1:
            h = -2
        return h

    def binop(self, space, op, w_other):
        if isinstance(w_other, W_IntObject):
            return long_binop(space, op, self.num, w_other.tobig())
        if isinstance(w_other, W_LongObject):
            return long_binop(space, op, self.num, w_other.num)
        return None

    def rbinop(self, space, op, w_other):
        if isinstance(w_other, W_IntObject):
            return long_binop(space, op, w_other.tobig(), self.num)
        return None

    def compare(self, space, op, w_other):
        if isinstance(w_other, W_IntObject):
            return space.newbool(long_compare(op, self.num, w_other.tobig()))
        if isinstance(w_other, W_LongObject):
            return space.newbool(long_compare(op, self.num, w_other.num))
        from pyinterp.floatobject import W_FloatObject, float_compare
        if isinstance(w_other, W_FloatObject):
            return space.newbool(float_compare(op, self.num.tofloat(),
                                               w_other.floatval))
        return None

    def unaryop(self, space, op):
        if op == ops.UNARY_NEG:
            return space.newlong(self.num.neg())
        if op == ops.UNARY_POS:
            return self
        if op == ops.UNARY_INVERT:
            return space.newlong(self.num.invert())
        return None

    def format(self, space, spec):
        from pyinterp.formatting import format_int
        return format_int(space, self, spec)


def int_hash(v):
    if v == -1:
        return -2
    if v >= 0 and v < HASH_MODULUS:
        return v
    if v < 0 and v > -HASH_MODULUS:
        return v
    r = v % HASH_MODULUS
    if v < 0 and r != 0:
        r -= HASH_MODULUS       # -((-v) % M), without negating (-2**63)
    if r == -1:
        r = -2
    return r


def int_compare(op, a, b):
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


def long_compare(op, a, b):
    if op == ops.CMP_LT:
        return a.lt(b)
    if op == ops.CMP_LE:
        return a.le(b)
    if op == ops.CMP_EQ:
        return a.eq(b)
    if op == ops.CMP_NE:
        return a.ne(b)
    if op == ops.CMP_GT:
        return a.gt(b)
    return a.ge(b)


def int_pow(space, a, b):
    if b < 0:
        from pyinterp.floatobject import float_pow
        return space.newfloat(float_pow(space, float(a), float(b)))
    result = 1
    base = a
    e = b
    try:
        while e > 0:
            if e & 1:
                result = ovfcheck(result * base)
            e >>= 1
            if e > 0:
                base = ovfcheck(base * base)
    except OverflowError:
        return long_binop(space, ops.OP_POW, rbigint.fromint(a),
                          rbigint.fromint(b))
    return space.newint(result)


def int_binop(space, op, a, b):
    if op == ops.OP_ADD:
        try:
            return space.newint(ovfcheck(a + b))
        except OverflowError:
            return space.newlong(rbigint.fromint(a).add(rbigint.fromint(b)))
    if op == ops.OP_SUB:
        try:
            return space.newint(ovfcheck(a - b))
        except OverflowError:
            return space.newlong(rbigint.fromint(a).sub(rbigint.fromint(b)))
    if op == ops.OP_MUL:
        try:
            return space.newint(ovfcheck(a * b))
        except OverflowError:
            return space.newlong(rbigint.fromint(a).mul(rbigint.fromint(b)))
    if op == ops.OP_TRUEDIV:
        if b == 0:
            raise space.zero_division_error("division by zero")
        return space.newfloat(float(a) / float(b))
    if op == ops.OP_FLOORDIV:
        if b == 0:
            raise space.zero_division_error("integer division or modulo by zero")
        if b == -1 and a == MININT:
            return long_binop(space, op, rbigint.fromint(a), rbigint.fromint(b))
        return space.newint(a // b)
    if op == ops.OP_MOD:
        if b == 0:
            raise space.zero_division_error("integer modulo by zero")
        if b == -1:
            return space.newint(0)
        return space.newint(a % b)
    if op == ops.OP_POW:
        return int_pow(space, a, b)
    if op == ops.OP_LSHIFT:
        if b < 0:
            raise space.value_error("negative shift count")
        if a == 0:
            return space.newint(0)
        if b < 63:
            r = a << b
            if (r >> b) == a:
                return space.newint(r)
        return space.newlong(rbigint.fromint(a).lshift(b))
    if op == ops.OP_RSHIFT:
        if b < 0:
            raise space.value_error("negative shift count")
        if b >= 63:
            if a < 0:
                return space.newint(-1)
            return space.newint(0)
        return space.newint(a >> b)
    if op == ops.OP_AND:
        return space.newint(a & b)
    if op == ops.OP_OR:
        return space.newint(a | b)
    if op == ops.OP_XOR:
        return space.newint(a ^ b)
    return None


def long_binop(space, op, a, b):
    if op == ops.OP_ADD:
        return space.newlong(a.add(b))
    if op == ops.OP_SUB:
        return space.newlong(a.sub(b))
    if op == ops.OP_MUL:
        return space.newlong(a.mul(b))
    if op == ops.OP_TRUEDIV:
        if not b.tobool():
            raise space.zero_division_error("division by zero")
        return space.newfloat(a.truediv(b))
    if op == ops.OP_FLOORDIV:
        if not b.tobool():
            raise space.zero_division_error("integer division or modulo by zero")
        return space.newlong(a.floordiv(b))
    if op == ops.OP_MOD:
        if not b.tobool():
            raise space.zero_division_error("integer modulo by zero")
        return space.newlong(a.mod(b))
    if op == ops.OP_POW:
        if b.lt(rbigint.fromint(0)):
            from pyinterp.floatobject import float_pow
            return space.newfloat(float_pow(space, a.tofloat(), b.tofloat()))
        return space.newlong(a.pow(b))
    if op == ops.OP_LSHIFT or op == ops.OP_RSHIFT:
        if b.lt(rbigint.fromint(0)):
            raise space.value_error("negative shift count")
        try:
            shift = b.toint()
        except OverflowError:
            raise space.overflow_error("too many digits in integer")
        if op == ops.OP_LSHIFT:
            return space.newlong(a.lshift(shift))
        return space.newlong(a.rshift(shift))
    if op == ops.OP_AND:
        return space.newlong(a.and_(b))
    if op == ops.OP_OR:
        return space.newlong(a.or_(b))
    if op == ops.OP_XOR:
        return space.newlong(a.xor(b))
    return None


def parse_int(space, s, base):
    """int(str, base): returns a W_IntObject/W_LongObject or raises
    ValueError."""
    orig = s
    s = s.strip()
    neg = False
    if len(s) > 0 and (s[0] == "-" or s[0] == "+"):
        neg = s[0] == "-"
        s = s[1:]
    if base == 0 or base == 16 or base == 8 or base == 2:
        if len(s) >= 2 and s[0] == "0":
            c = s[1]
            pbase = 0
            if c == "x" or c == "X":
                pbase = 16
            elif c == "o" or c == "O":
                pbase = 8
            elif c == "b" or c == "B":
                pbase = 2
            if pbase != 0 and (base == 0 or base == pbase):
                base = pbase
                s = s[2:]
                if len(s) > 0 and s[0] == "_":
                    s = s[1:]
        if base == 0:
            base = 10
    digits = []
    prev_us = True
    for c in s:
        if c == "_":
            if prev_us:
                raise invalid_literal(space, orig, base)
            prev_us = True
            continue
        prev_us = False
        digits.append(c)
    if prev_us or len(digits) == 0:
        raise invalid_literal(space, orig, base)
    value = 0
    overflow = False
    for c in digits:
        d = digit_val(c)
        if d >= base:
            raise invalid_literal(space, orig, base)
        if not overflow:
            try:
                value = ovfcheck(value * base)
                value = ovfcheck(value + d)
            except OverflowError:
                overflow = True
    if overflow:
        num = rbigint.fromstr("".join(digits), base)
        if neg:
            num = num.neg()
        return space.newlong(num)
    if neg:
        value = -value
    return space.newint(value)


def invalid_literal(space, s, base):
    return space.value_error("invalid literal for int() with base %d: %s" %
                             (base, space.str_repr(s)))


def digit_val(c):
    if "0" <= c <= "9":
        return ord(c) - ord("0")
    if "a" <= c <= "z":
        return ord(c) - ord("a") + 10
    if "A" <= c <= "Z":
        return ord(c) - ord("A") + 10
    return 99
