"""More functions of the `math` module: isclose, fsum (exactly rounded,
like CPython's), prod, lcm, comb, perm, modf, frexp, ldexp, sinh, cosh,
tanh."""

import math
from pyinterp.gateway import check_args
from pyinterp.rlib import rbigint


def float_arg(space, args, name):
    check_args(space, args, name, 1, 1)
    return space.float_w(args.args_w[0])


def big_arg(space, w_x):
    from pyinterp.intobject import W_IntObject, W_LongObject
    if isinstance(w_x, W_IntObject):
        return rbigint.fromint(w_x.intval)
    if isinstance(w_x, W_LongObject):
        return w_x.num
    w_res = space.index_or_none(w_x)
    if w_res is not None:
        return big_arg(space, w_res)
    raise space.type_error("'%s' object cannot be interpreted as an integer"
                           % space.type_name(w_x))


def m_isclose(space, args):
    if len(args.args_w) != 2:
        raise space.type_error("isclose() takes exactly 2 positional arguments (%d given)"
                               % len(args.args_w))
    a = space.float_w(args.args_w[0])
    b = space.float_w(args.args_w[1])
    rel_tol = 1e-09
    abs_tol = 0.0
    w_rel = args.get_kw("rel_tol")
    if w_rel is not None:
        rel_tol = space.float_w(w_rel)
    w_abs = args.get_kw("abs_tol")
    if w_abs is not None:
        abs_tol = space.float_w(w_abs)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise space.value_error("tolerances must be non-negative")
    if a == b:
        return space.w_True
    if math.isinf(a) or math.isinf(b):
        return space.w_False
    diff = math.fabs(b - a)
    return space.newbool(diff <= math.fabs(rel_tol * b) or
                         diff <= math.fabs(rel_tol * a) or diff <= abs_tol)


def m_fsum(space, args):
    """Shewchuk's exact summation with CPython's final rounding."""
    check_args(space, args, "fsum", 1, 1)
    partials = []
    special = 0.0
    inf_sum = 0.0
    for w_item in space.unpack_iterable(args.args_w[0]):
        x = space.float_w(w_item)
        if math.isinf(x) or math.isnan(x):
            if math.isinf(x):
                inf_sum += x
            special += x
            continue
        i = 0
        for j in range(len(partials)):
            y = partials[j]
            if math.fabs(x) < math.fabs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                partials[i] = lo
                i += 1
            x = hi
        del partials[i:]
        partials.append(x)
        if math.isinf(x):
            raise space.overflow_error("intermediate overflow in fsum")
    if special != 0.0 or math.isnan(special):
        if math.isnan(inf_sum):
            raise space.value_error("-inf + inf in fsum")
        return space.newfloat(special)
    n = len(partials)
    hi = 0.0
    if n > 0:
        n -= 1
        hi = partials[n]
        lo = 0.0
        while n > 0:
            x = hi
            n -= 1
            y = partials[n]
            hi = x + y
            yr = hi - x
            lo = y - yr
            if lo != 0.0:
                break
        if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or
                      (lo > 0.0 and partials[n - 1] > 0.0)):
            y = lo * 2.0
            x = hi + y
            yr = x - hi
            if y == yr:
                hi = x
    return space.newfloat(hi)


def m_prod(space, args):
    check_args_kw(space, args, "prod", 1)
    w_res = args.get_kw("start")
    if w_res is None:
        w_res = space.newint(1)
    for w_item in space.unpack_iterable(args.args_w[0]):
        w_res = space.mul(w_res, w_item)
    return w_res


def check_args_kw(space, args, name, n):
    if len(args.args_w) != n:
        raise space.type_error("%s() takes exactly %d positional argument (%d given)"
                               % (name, n, len(args.args_w)))


def m_lcm(space, args):
    zero = rbigint.fromint(0)
    result = rbigint.fromint(1)
    for w_x in args.args_w:
        b = big_arg(space, w_x).abs()
        if not b.tobool():
            result = zero
            continue
        if not result.tobool():
            continue
        # lcm(a, b) = a // gcd(a, b) * b
        x = result
        y = b
        while y.tobool():
            x, y = y, x.mod(y)
        result = result.floordiv(x).mul(b)
    return space.newlong(result)


def m_comb(space, args):
    check_args(space, args, "comb", 2, 2)
    n = big_arg(space, args.args_w[0])
    k = big_arg(space, args.args_w[1])
    zero = rbigint.fromint(0)
    if n.lt(zero):
        raise space.value_error("n must be a non-negative integer")
    if k.lt(zero):
        raise space.value_error("k must be a non-negative integer")
    if k.gt(n):
        return space.newint(0)
    nk = n.sub(k)
    if nk.lt(k):
        k = nk
    result = rbigint.fromint(1)
    i = rbigint.fromint(1)
    while i.le(k):
        result = result.mul(n.sub(k).add(i)).floordiv(i)
        i = i.add(rbigint.fromint(1))
    return space.newlong(result)


def m_perm(space, args):
    check_args(space, args, "perm", 1, 2)
    n = big_arg(space, args.args_w[0])
    zero = rbigint.fromint(0)
    if n.lt(zero):
        raise space.value_error("n must be a non-negative integer")
    k = n
    if len(args.args_w) > 1 and args.args_w[1] is not space.w_None:
        k = big_arg(space, args.args_w[1])
    if k.lt(zero):
        raise space.value_error("k must be a non-negative integer")
    if k.gt(n):
        return space.newint(0)
    result = rbigint.fromint(1)
    i = n.sub(k).add(rbigint.fromint(1))
    while i.le(n):
        result = result.mul(i)
        i = i.add(rbigint.fromint(1))
    return space.newlong(result)


def m_modf(space, args):
    x = float_arg(space, args, "modf")
    frac, intpart = math.modf(x)
    return space.newtuple([space.newfloat(frac), space.newfloat(intpart)])


def m_frexp(space, args):
    x = float_arg(space, args, "frexp")
    m, e = math.frexp(x)
    return space.newtuple([space.newfloat(m), space.newint(e)])


def m_ldexp(space, args):
    check_args(space, args, "ldexp", 2, 2)
    x = space.float_w(args.args_w[0])
    i = space.int_w(args.args_w[1])
    if x == 0.0 or math.isinf(x) or math.isnan(x):
        return space.newfloat(x)
    m, e = math.frexp(x)
    if e + i > 1024:
        raise space.overflow_error("math range error")
    if e + i < -1100:
        return space.newfloat(math.copysign(0.0, x))
    return space.newfloat(math.ldexp(x, i))


def m_sinh(space, args):
    return space.newfloat(math.sinh(float_arg(space, args, "sinh")))


def m_cosh(space, args):
    return space.newfloat(math.cosh(float_arg(space, args, "cosh")))


def m_tanh(space, args):
    return space.newfloat(math.tanh(float_arg(space, args, "tanh")))


MATH_EXTRA_FUNCTIONS = [
    ("isclose", m_isclose), ("fsum", m_fsum), ("prod", m_prod),
    ("lcm", m_lcm), ("comb", m_comb), ("perm", m_perm), ("modf", m_modf),
    ("frexp", m_frexp), ("ldexp", m_ldexp), ("sinh", m_sinh),
    ("cosh", m_cosh), ("tanh", m_tanh),
]
