"""bytearray objects, and the methods shared by bytes and bytearray.

A bytearray keeps its bytes as a W_ListObject of small ints, so indexing,
slice assignment and deletion reuse the list code.  Most byte-string
methods are the str methods applied to the bytes seen as a latin-1 str
(one char per byte), with the results converted back."""

from pyinterp.model import W_Root
from pyinterp import operators as ops
from pyinterp.error import OperationError
from pyinterp.strobject import W_StrObject, W_BytesObject, str_repr, hex2
from pyinterp.intobject import W_IntObject
from pyinterp.listobject import W_ListObject
from pyinterp.tupleobject import W_TupleObject
from pyinterp.gateway import check_method_args
from pyinterp.rlib import StringBuilder


class W_BytearrayObject(W_Root):
    def __init__(self, w_list):
        self.w_list = w_list        # W_ListObject of W_IntObject (0..255)

    def getclass(self, space):
        return space.w_bytearray

    def value(self):
        b = StringBuilder()
        for w_i in self.w_list.items_w:
            assert isinstance(w_i, W_IntObject)
            b.append(chr(w_i.intval))
        return b.build()

    def is_true(self, space):
        return len(self.w_list.items_w) > 0

    def length(self, space):
        return len(self.w_list.items_w)

    def repr(self, space):
        return "bytearray(b" + str_repr(self.value(), True) + ")"

    def hash(self, space):
        raise space.type_error("unhashable type: 'bytearray'")

    def compare(self, space, op, w_other):
        other = bytes_value_or_none(w_other)
        if other is None:
            return None
        return space.newbool(compare_strings(op, self.value(), other))

    def binop(self, space, op, w_other):
        if op == ops.OP_ADD:
            other = bytes_value_or_none(w_other)
            if other is None:
                return None
            return new_bytearray(space, self.value() + other)
        if op == ops.OP_MUL and isinstance(w_other, W_IntObject):
            return new_bytearray(space, repeat(self.value(), w_other.intval))
        if op == ops.OP_MOD:
            from pyinterp.bytesformat import bytes_mod_format
            return new_bytearray(space, bytes_mod_format(space, self.value(), w_other))
        return None

    def rbinop(self, space, op, w_other):
        if op == ops.OP_MUL and isinstance(w_other, W_IntObject):
            return new_bytearray(space, repeat(self.value(), w_other.intval))
        return None

    def inplace_op(self, space, op, w_other):
        if op == ops.OP_ADD:
            other = bytes_value_or_none(w_other)
            if other is None:
                return None
            for c in other:
                self.w_list.items_w.append(space.newint(ord(c)))
            return self
        return None

    def contains(self, space, w_item):
        return bytes_contains(space, self.value(), w_item)

    def getitem(self, space, w_index):
        from pyinterp.sliceobject import W_SliceObject
        w_res = self.w_list.getitem(space, w_index)
        if isinstance(w_index, W_SliceObject):
            assert isinstance(w_res, W_ListObject)
            return W_BytearrayObject(w_res)
        return w_res

    def setitem(self, space, w_index, w_value):
        from pyinterp.sliceobject import W_SliceObject
        if isinstance(w_index, W_SliceObject):
            w_value = space.newlist(byte_ints(space, w_value))
        else:
            check_byte(space, w_value)
        self.w_list.setitem(space, w_index, w_value)

    def delitem(self, space, w_index):
        self.w_list.delitem(space, w_index)

    def iter(self, space):
        return self.w_list.iter(space)


def repeat(s, n):
    if n <= 0:
        return ""
    b = StringBuilder()
    for i in range(n):
        b.append(s)
    return b.build()


def compare_strings(op, a, b):
    if op == ops.CMP_EQ:
        return a == b
    if op == ops.CMP_NE:
        return a != b
    if op == ops.CMP_LT:
        return a < b
    if op == ops.CMP_LE:
        return a <= b
    if op == ops.CMP_GT:
        return a > b
    return a >= b


def bytes_value_or_none(w_obj):
    if isinstance(w_obj, W_BytesObject):
        return w_obj.value
    if isinstance(w_obj, W_BytearrayObject):
        return w_obj.value()
    return None


def check_byte(space, w_value):
    v = space.int_w(w_value)
    if v < 0 or v > 255:
        raise space.value_error("byte must be in range(0, 256)")
    return v


def byte_ints(space, w_src):
    """The bytes of a bytes-like object or an iterable of ints, as W_IntObjects."""
    s = bytes_value_or_none(w_src)
    result = []
    if s is not None:
        for c in s:
            result.append(space.newint(ord(c)))
        return result
    if isinstance(w_src, W_StrObject):
        raise space.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
    for w_item in space.unpack_iterable(w_src):
        result.append(space.newint(check_byte(space, w_item)))
    return result


def new_bytearray(space, s):
    items_w = []
    for c in s:
        items_w.append(space.newint(ord(c)))
    return W_BytearrayObject(space.newlist(items_w))


def bytes_contains(space, s, w_item):
    if isinstance(w_item, W_IntObject):
        v = check_byte(space, w_item)
        for c in s:
            if ord(c) == v:
                return 1
        return 0
    sub = bytes_value_or_none(w_item)
    if sub is None:
        raise space.type_error("a bytes-like object is required, not '%s'"
                               % space.type_name(w_item))
    if s.find(sub) >= 0:
        return 1
    return 0


def bytes_slice(space, s, w_slice):
    start, stop, step, length = w_slice.indices(space, len(s))
    b = StringBuilder()
    i = start
    for k in range(length):
        b.append(s[i])
        i += step
    return b.build()


def bytes_iter(space, s):
    items_w = []
    for c in s:
        items_w.append(space.newint(ord(c)))
    return space.newlist(items_w).iter(space)


def construct_bytearray(space, w_type, args):
    if len(args.args_w) == 0:
        return W_BytearrayObject(space.newlist([]))
    w_x = args.args_w[0]
    if isinstance(w_x, W_StrObject):
        from pyinterp.builtins import utf8_encode
        return new_bytearray(space, utf8_encode(w_x.value))
    if isinstance(w_x, W_IntObject):
        return new_bytearray(space, "\x00" * w_x.intval)
    return W_BytearrayObject(space.newlist(byte_ints(space, w_x)))


# ---------------------------------------------------------------- methods

def self_bytes(space, args, name):
    if len(args.args_w) < 1:
        raise space.type_error("descriptor '%s' needs an argument" % name)
    s = bytes_value_or_none(args.args_w[0])
    if s is None:
        raise space.type_error("descriptor '%s' requires a 'bytes' object" % name)
    return s


def wrap_like(space, w_self, s):
    if isinstance(w_self, W_BytearrayObject):
        return new_bytearray(space, s)
    return space.newbytes(s)


def result_to_bytes(space, w_self, w_res):
    if isinstance(w_res, W_StrObject):
        return wrap_like(space, w_self, w_res.value)
    if isinstance(w_res, W_ListObject):
        items_w = []
        for w_x in w_res.items_w:
            items_w.append(result_to_bytes(space, w_self, w_x))
        return space.newlist(items_w)
    if isinstance(w_res, W_TupleObject):
        items_w = []
        for w_x in w_res.items_w:
            items_w.append(result_to_bytes(space, w_self, w_x))
        return space.newtuple(items_w)
    return w_res


def make_via_str(name, func):
    def method(space, args):
        self_bytes(space, args, name)
        w_self = args.args_w[0]
        args_w = []
        for w_a in args.args_w:
            s = bytes_value_or_none(w_a)
            if s is not None:
                args_w.append(space.newstr(s))
            elif isinstance(w_a, W_StrObject):
                raise space.type_error("a bytes-like object is required, not 'str'")
            else:
                args_w.append(w_a)
        from pyinterp.model import Arguments
        w_res = func(space, Arguments(args_w, args.kw_names, args.kw_values_w))
        return result_to_bytes(space, w_self, w_res)
    method.__name__ = "bytes_" + name
    return method


def bytes_join(space, args):
    check_method_args(space, args, "join", 1, 1)
    sep = self_bytes(space, args, "join")
    b = StringBuilder()
    first = True
    for w_item in space.unpack_iterable(args.args_w[1]):
        s = bytes_value_or_none(w_item)
        if s is None:
            raise space.type_error("sequence item: expected a bytes-like object, %s found"
                                   % space.type_name(w_item))
        if not first:
            b.append(sep)
        first = False
        b.append(s)
    return wrap_like(space, args.args_w[0], b.build())


def bytes_hex(space, args):
    check_method_args(space, args, "hex", 0, 0)
    s = self_bytes(space, args, "hex")
    b = StringBuilder()
    for c in s:
        b.append(hex2(ord(c)))
    return space.newstr(b.build())


def bytes_decode(space, args):
    s = self_bytes(space, args, "decode")
    from pyinterp.builtins import utf8_decode
    return space.newstr(utf8_decode(space, s))


def hexval(c):
    if "0" <= c <= "9":
        return ord(c) - ord("0")
    if "a" <= c <= "f":
        return ord(c) - ord("a") + 10
    if "A" <= c <= "F":
        return ord(c) - ord("A") + 10
    return -1


def bytes_fromhex(space, args):
    # called as bytes.fromhex(s) through the staticmethod
    if len(args.args_w) != 1 or not isinstance(args.args_w[0], W_StrObject):
        raise space.type_error("fromhex() argument must be str")
    w_s = args.args_w[0]
    assert isinstance(w_s, W_StrObject)
    s = w_s.value
    b = StringBuilder()
    i = 0
    while i < len(s):
        if s[i] == " ":
            i += 1
            continue
        hi = hexval(s[i])
        lo = -1
        if i + 1 < len(s):
            lo = hexval(s[i + 1])
        if hi < 0 or lo < 0:
            raise space.value_error("non-hexadecimal number found in fromhex() arg at position %d" % (i if hi < 0 else i + 1))
        b.append(chr(hi * 16 + lo))
        i += 2
    return space.newbytes(b.build())


def self_bytearray(space, args, name, minargs, maxargs):
    check_method_args(space, args, name, minargs, maxargs)
    w_self = args.args_w[0]
    if not isinstance(w_self, W_BytearrayObject):
        raise space.type_error("descriptor '%s' requires a 'bytearray' object" % name)
    return w_self


def bytearray_append(space, args):
    w_self = self_bytearray(space, args, "append", 1, 1)
    w_self.w_list.items_w.append(space.newint(check_byte(space, args.args_w[1])))
    return space.w_None


def bytearray_extend(space, args):
    w_self = self_bytearray(space, args, "extend", 1, 1)
    w_self.w_list.items_w.extend(byte_ints(space, args.args_w[1]))
    return space.w_None


def bytearray_insert(space, args):
    w_self = self_bytearray(space, args, "insert", 2, 2)
    i = space.int_w(args.args_w[1])
    items_w = w_self.w_list.items_w
    if i < 0:
        i += len(items_w)
        if i < 0:
            i = 0
    if i > len(items_w):
        i = len(items_w)
    items_w.insert(i, space.newint(check_byte(space, args.args_w[2])))
    return space.w_None


def bytearray_pop(space, args):
    w_self = self_bytearray(space, args, "pop", 0, 1)
    items_w = w_self.w_list.items_w
    if len(items_w) == 0:
        raise space.index_error("pop from empty bytearray")
    i = len(items_w) - 1
    if len(args.args_w) > 1:
        i = space.int_w(args.args_w[1])
        if i < 0:
            i += len(items_w)
        if i < 0 or i >= len(items_w):
            raise space.index_error("pop index out of range")
    return items_w.pop(i)


def bytearray_reverse(space, args):
    w_self = self_bytearray(space, args, "reverse", 0, 0)
    w_self.w_list.items_w.reverse()
    return space.w_None


def bytearray_clear(space, args):
    w_self = self_bytearray(space, args, "clear", 0, 0)
    w_self.w_list.items_w = []
    return space.w_None


def bytearray_copy(space, args):
    w_self = self_bytearray(space, args, "copy", 0, 0)
    return W_BytearrayObject(space.newlist(w_self.w_list.items_w[:]))


def shared_methods():
    from pyinterp.strobject import STR_METHODS
    names = ["upper", "lower", "strip", "lstrip", "rstrip", "split", "rsplit",
             "splitlines", "replace", "find", "rfind", "index", "rindex",
             "count", "startswith", "endswith", "isdigit", "isalpha",
             "isspace", "isalnum", "isupper", "islower", "capitalize",
             "title", "swapcase", "center", "ljust", "rjust", "zfill",
             "partition", "rpartition"]
    result = [("join", bytes_join), ("hex", bytes_hex),
              ("decode", bytes_decode)]
    for name, func in STR_METHODS:
        if name in names:
            result.append((name, make_via_str(name, func)))
    return result


BYTES_SHARED_METHODS = shared_methods()

BYTEARRAY_METHODS = BYTES_SHARED_METHODS + [
    ("append", bytearray_append), ("extend", bytearray_extend),
    ("insert", bytearray_insert), ("pop", bytearray_pop),
    ("reverse", bytearray_reverse), ("clear", bytearray_clear),
    ("copy", bytearray_copy),
]
