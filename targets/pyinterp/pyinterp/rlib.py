"""Single place where the interpreter imports the rpython library.

When the real `rpython` package is importable it is used (the translator
recognises its functions by identity).  Otherwise small stand-ins are defined
so that the interpreter can run untranslated on CPython; they are import-time
only and never reachable from translated code when rpython is present.
"""

try:
    from rpython.rlib.jit import JitDriver, promote, elidable, unroll_safe
    from rpython.rlib.jit import dont_look_inside
except ImportError:
    class JitDriver(object):
        def __init__(self, greens=None, reds=None, **kwds):
            self.greens = greens
            self.reds = reds

        def jit_merge_point(self, **kwds):
            pass

        def can_enter_jit(self, **kwds):
            pass

    def promote(x):
        return x

    def elidable(func):
        return func

    def unroll_safe(func):
        return func

    def dont_look_inside(func):
        return func

try:
    from rpython.rlib.rarithmetic import ovfcheck, intmask
except ImportError:
    def ovfcheck(r):
        if r > 9223372036854775807 or r < -9223372036854775808:
            raise OverflowError("integer overflow")
        return r

    def intmask(n):
        n &= 0xFFFFFFFFFFFFFFFF
        if n >= 0x8000000000000000:
            n -= 0x10000000000000000
        return n

try:
    from rpython.rlib.objectmodel import always_inline, dont_inline
except ImportError:
    def always_inline(func):
        return func

    def dont_inline(func):
        return func

try:
    from rpython.rlib.objectmodel import compute_unique_id, compute_hash
    from rpython.rlib.objectmodel import compute_identity_hash
except ImportError:
    def compute_unique_id(x):
        return id(x)

    def compute_identity_hash(x):
        return intmask(id(x) >> 4)

    def compute_hash(x):
        return intmask(hash(x))

try:
    from rpython.rlib.rstring import StringBuilder
except ImportError:
    class StringBuilder(object):
        def __init__(self, size=0):
            self.parts = []

        def append(self, s):
            self.parts.append(s)

        def append_slice(self, s, start, end):
            self.parts.append(s[start:end])

        def append_multiple_char(self, c, times):
            self.parts.append(c * times)

        def getlength(self):
            return len("".join(self.parts))

        def build(self):
            return "".join(self.parts)

import math

try:
    from rpython.rlib.rfloat import formatd
except ImportError:
    def formatd(x, code, precision, flags=0):
        if code == 'r':
            return repr(x)
        return ('%.' + str(precision) + code) % x

def float_floor(x):
    """math.floor(x) as a float. The toolchain types math.floor() as an int
    (Python 3's result type) and raises OverflowError beyond the machine
    range; a float of magnitude 2**52 or more (or inf, nan) is integral
    already."""
    if not (-4503599627370496.0 < x < 4503599627370496.0):
        return x
    return float(math.floor(x))


def float_ceil(x):
    """math.ceil(x) as a float (see float_floor)."""
    if not (-4503599627370496.0 < x < 4503599627370496.0):
        return x
    return float(math.ceil(x))


try:
    from rpython.rlib.rfloat import round_double
except ImportError:
    def round_double(x, ndigits, half_even=False):
        return round(x, ndigits)

try:
    from rpython.rlib.rfloat import string_to_float
except ImportError:
    def string_to_float(s):
        return float(s)

try:
    from rpython.rlib.rbigint import rbigint
except ImportError:
    from pyinterp.fakebigint import rbigint

try:
    from rpython.rlib.rfile import create_file, create_stdio
except ImportError:
    import io as _io
    import sys as _sys

    class _F(object):
        def __init__(self, f):
            self.f = f

        def read(self, size=-1):
            return self.f.read(size)

        def readline(self, size=-1):
            return self.f.readline(size)

        def write(self, s):
            self.f.write(s)

        def flush(self):
            self.f.flush()

        def close(self):
            pass

    def create_file(path, mode="r", buffering=-1):
        return _F(_io.open(path, mode, encoding="utf-8"))

    def create_stdio():
        return _F(_sys.stdin), _F(_sys.stdout), _F(_sys.stderr)

try:
    from rpython.rlib.unroll import unrolling_iterable
except ImportError:
    def unrolling_iterable(items):
        return tuple(items)
