"""Run-time values of stacklang.

W_Object is the root of the hierarchy; the operations are methods that the
subclasses override.  The default implementations raise a TypeErr, so an
operation on the wrong kind of value is reported as a language error.
"""

from rpython.rlib.rarithmetic import ovfcheck
from rpython.rlib.rstring import StringBuilder

from sl_errors import TypeErr, ArithError, ValueErr


def binary_type_error(opname, w_a, w_b):
    return TypeErr("cannot apply '" + opname + "' to " + w_a.type_name() +
                   " and " + w_b.type_name())


def unary_type_error(opname, w_a):
    return TypeErr("cannot apply '" + opname + "' to " + w_a.type_name())


class W_Object(object):
    def type_name(self):
        return "object"

    def to_str(self):
        """The text printed by '.' and 'print' and returned by 'str'."""
        return "<object>"

    def is_true(self):
        return True

    def add(self, w_other):
        raise binary_type_error("+", self, w_other)

    def sub(self, w_other):
        raise binary_type_error("-", self, w_other)

    def mul(self, w_other):
        raise binary_type_error("*", self, w_other)

    def div(self, w_other):
        raise binary_type_error("/", self, w_other)

    def mod(self, w_other):
        raise binary_type_error("mod", self, w_other)

    def neg(self):
        raise unary_type_error("neg", self)

    def equals(self, w_other):
        """Structural equality; values of different types are unequal."""
        return self is w_other

    def less_than(self, w_other):
        raise binary_type_error("<", self, w_other)

    def length(self):
        raise unary_type_error("len", self)


class W_Nil(W_Object):
    def type_name(self):
        return "nil"

    def to_str(self):
        return "nil"

    def is_true(self):
        return False


class W_Bool(W_Object):
    def __init__(self, value):
        self.value = value

    def type_name(self):
        return "bool"

    def to_str(self):
        if self.value:
            return "true"
        return "false"

    def is_true(self):
        return self.value

    def equals(self, w_other):
        if isinstance(w_other, W_Bool):
            return self.value == w_other.value
        return False


class W_Int(W_Object):
    def __init__(self, value):
        self.value = value

    def type_name(self):
        return "int"

    def to_str(self):
        return str(self.value)

    def is_true(self):
        return self.value != 0

    def add(self, w_other):
        if isinstance(w_other, W_Int):
            try:
                return W_Int(ovfcheck(self.value + w_other.value))
            except OverflowError:
                raise ArithError("integer overflow in +")
        raise binary_type_error("+", self, w_other)

    def sub(self, w_other):
        if isinstance(w_other, W_Int):
            try:
                return W_Int(ovfcheck(self.value - w_other.value))
            except OverflowError:
                raise ArithError("integer overflow in -")
        raise binary_type_error("-", self, w_other)

    def mul(self, w_other):
        if isinstance(w_other, W_Int):
            try:
                return W_Int(ovfcheck(self.value * w_other.value))
            except OverflowError:
                raise ArithError("integer overflow in *")
        if isinstance(w_other, W_Str):
            return w_other.mul(self)
        raise binary_type_error("*", self, w_other)

    def div(self, w_other):
        # floor division, like Python's //
        if isinstance(w_other, W_Int):
            b = w_other.value
            if b == 0:
                raise ArithError("division by zero")
            if b == -1:
                return self.neg()
            return W_Int(self.value // b)
        raise binary_type_error("/", self, w_other)

    def mod(self, w_other):
        # the result has the sign of the divisor, like Python's %
        if isinstance(w_other, W_Int):
            b = w_other.value
            if b == 0:
                raise ArithError("modulo by zero")
            if b == -1:
                return W_Int(0)
            return W_Int(self.value % b)
        raise binary_type_error("mod", self, w_other)

    def neg(self):
        try:
            return W_Int(ovfcheck(0 - self.value))
        except OverflowError:
            raise ArithError("integer overflow in neg")

    def equals(self, w_other):
        if isinstance(w_other, W_Int):
            return self.value == w_other.value
        return False

    def less_than(self, w_other):
        if isinstance(w_other, W_Int):
            return self.value < w_other.value
        raise binary_type_error("<", self, w_other)


class W_Str(W_Object):
    def __init__(self, value):
        self.value = value

    def type_name(self):
        return "str"

    def to_str(self):
        return self.value

    def is_true(self):
        return len(self.value) > 0

    def add(self, w_other):
        if isinstance(w_other, W_Str):
            return W_Str(self.value + w_other.value)
        raise binary_type_error("+", self, w_other)

    def mul(self, w_other):
        # string repetition: "ab" 3 *  ->  "ababab"
        if isinstance(w_other, W_Int):
            count = w_other.value
            if count < 0:
                raise ValueErr("negative repeat count")
            builder = StringBuilder()
            i = 0
            while i < count:
                builder.append(self.value)
                i += 1
            return W_Str(builder.build())
        raise binary_type_error("*", self, w_other)

    def equals(self, w_other):
        if isinstance(w_other, W_Str):
            return self.value == w_other.value
        return False

    def less_than(self, w_other):
        if isinstance(w_other, W_Str):
            return self.value < w_other.value
        raise binary_type_error("<", self, w_other)

    def length(self):
        return W_Int(len(self.value))


# prebuilt constants
w_nil = W_Nil()
w_true = W_Bool(True)
w_false = W_Bool(False)


def wrap_bool(flag):
    if flag:
        return w_true
    return w_false


def parse_int(text):
    """Parse an optionally signed decimal integer.  Returns a W_Int, or
    raises ValueErr for malformed text or ArithError on overflow."""
    n = len(text)
    i = 0
    negative = False
    if n > 0 and (text[0] == '-' or text[0] == '+'):
        negative = text[0] == '-'
        i = 1
    if i >= n:
        raise ValueErr("not an integer: \"" + text + "\"")
    value = 0
    while i < n:
        c = text[i]
        if c < '0' or c > '9':
            raise ValueErr("not an integer: \"" + text + "\"")
        digit = ord(c) - ord('0')
        try:
            # accumulate negatively so that the smallest integer parses
            value = ovfcheck(ovfcheck(value * 10) - digit)
        except OverflowError:
            raise ArithError("integer literal too large: " + text)
        i += 1
    if not negative:
        try:
            value = ovfcheck(0 - value)
        except OverflowError:
            raise ArithError("integer literal too large: " + text)
    return W_Int(value)
