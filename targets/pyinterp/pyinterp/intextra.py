"""More int methods: to_bytes and the class method from_bytes (on big
numbers, so that every size and sign works the same way)."""

from pyinterp.intobject import W_IntObject, W_LongObject
from pyinterp.strobject import W_StrObject, W_BytesObject
from pyinterp.rlib import rbigint


def to_big(space, w_int):
    if isinstance(w_int, W_IntObject):
        return rbigint.fromint(w_int.intval)
    if isinstance(w_int, W_LongObject):
        return w_int.num
    w_res = space.index_or_none(w_int)
    if w_res is not None:
        return to_big(space, w_res)
    raise space.type_error("'%s' object cannot be interpreted as an integer"
                           % space.type_name(w_int))


def get_arg(args, index, name):
    """Positional argument `index` (after the receiver) or keyword `name`,
    or None."""
    if index < len(args.args_w):
        return args.args_w[index]
    return args.get_kw(name)


def check_kw(space, args, fname, allowed):
    names = args.kw_names
    if names is None:
        return
    for name in names:
        if name not in allowed:
            raise space.type_error("%s() got an unexpected keyword argument '%s'"
                                   % (fname, name))


def get_byteorder(space, w_order):
    if w_order is None:
        return True
    if not isinstance(w_order, W_StrObject):
        raise space.type_error("to_bytes() argument 'byteorder' must be str, not %s"
                               % space.type_name(w_order))
    if w_order.value == "big":
        return True
    if w_order.value == "little":
        return False
    raise space.value_error("byteorder must be either 'little' or 'big'")


def int_to_bytes(space, args):
    check_kw(space, args, "to_bytes", ["length", "byteorder", "signed"])
    if len(args.args_w) > 3:
        raise space.type_error("to_bytes() takes at most 2 positional arguments (%d given)"
                               % (len(args.args_w) - 1))
    num = to_big(space, args.args_w[0])
    length = 1
    w_length = get_arg(args, 1, "length")
    if w_length is not None:
        length = space.getindex(w_length, "'%s' object cannot be interpreted as an integer"
                                % space.type_name(w_length))
    if length < 0:
        raise space.value_error("length argument must be non-negative")
    big = get_byteorder(space, get_arg(args, 2, "byteorder"))
    signed = False
    w_signed = args.get_kw("signed")
    if w_signed is not None:
        signed = space.is_true(w_signed)
    zero = rbigint.fromint(0)
    negative = num.lt(zero)
    if negative and not signed:
        raise space.overflow_error("can't convert negative int to unsigned")
    nbits = 8 * length
    if signed:
        # -2**(nbits-1) <= num < 2**(nbits-1)
        if negative:
            bits = num.invert().bit_length()
        else:
            bits = num.bit_length()
        if length == 0:
            fits = bits == 0 and not negative
        else:
            fits = bits <= nbits - 1
    else:
        fits = num.bit_length() <= nbits
    if not fits:
        raise space.overflow_error("int too big to convert")
    if negative:
        num = num.add(rbigint.fromint(1).lshift(nbits))
    chars = []
    mask = rbigint.fromint(255)
    for i in range(length):
        chars.append(chr(num.and_(mask).toint()))
        num = num.rshift(8)
    if big:
        chars.reverse()
    return space.newbytes("".join(chars))


def int_from_bytes(space, args):
    # a class method: args_w[0] is the class
    check_kw(space, args, "from_bytes", ["bytes", "byteorder", "signed"])
    if len(args.args_w) > 3:
        raise space.type_error("from_bytes() takes at most 2 positional arguments (%d given)"
                               % (len(args.args_w) - 1))
    w_cls = args.args_w[0]
    w_bytes = get_arg(args, 1, "bytes")
    if w_bytes is None:
        raise space.type_error("from_bytes() missing required argument 'bytes' (pos 1)")
    big = get_byteorder(space, get_arg(args, 2, "byteorder"))
    signed = False
    w_signed = args.get_kw("signed")
    if w_signed is not None:
        signed = space.is_true(w_signed)
    codes = []
    if isinstance(w_bytes, W_BytesObject):
        for c in w_bytes.value:
            codes.append(ord(c))
    elif isinstance(w_bytes, W_StrObject):
        raise space.type_error("cannot convert 'str' object to bytes")
    else:
        for w_item in space.unpack_iterable(w_bytes):
            v = space.getindex(w_item, "'%s' object cannot be interpreted as an integer"
                               % space.type_name(w_item))
            if v < 0 or v > 255:
                raise space.value_error("bytes must be in range(0, 256)")
            codes.append(v)
    if not big:
        codes.reverse()
    num = rbigint.fromint(0)
    for v in codes:
        num = num.lshift(8).or_(rbigint.fromint(v))
    if signed and len(codes) > 0 and codes[0] >= 128:
        num = num.sub(rbigint.fromint(1).lshift(8 * len(codes)))
    w_res = space.newlong(num)
    if w_cls is space.w_int:
        return w_res
    return space.call_function(w_cls, [w_res])
