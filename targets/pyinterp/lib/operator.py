"""operator: the Python operators as functions (app-level module of
pyinterp, written from the documentation of CPython's `operator`)."""

__all__ = [
    'abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains',
    'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd',
    'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
    'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_',
    'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le', 'length_hint',
    'lshift', 'lt', 'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg',
    'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv',
    'truth', 'xor',
]

import _libsupport

_builtin_abs = abs


# comparisons
def lt(a, b):
    "Same as a < b."
    return a < b


def le(a, b):
    "Same as a <= b."
    return a <= b


def eq(a, b):
    "Same as a == b."
    return a == b


def ne(a, b):
    "Same as a != b."
    return a != b


def ge(a, b):
    "Same as a >= b."
    return a >= b


def gt(a, b):
    "Same as a > b."
    return a > b


# logical operations
def not_(a):
    "Same as not a."
    return not a


def truth(a):
    "Return True if a is true, False otherwise."
    return True if a else False


def is_(a, b):
    "Same as a is b."
    return a is b


def is_not(a, b):
    "Same as a is not b."
    return a is not b


# arithmetic and bitwise operations
def abs(a):
    "Same as abs(a)."
    return _builtin_abs(a)


def add(a, b):
    "Same as a + b."
    return a + b


def and_(a, b):
    "Same as a & b."
    return a & b


def floordiv(a, b):
    "Same as a // b."
    return a // b


def index(a):
    "Same as a.__index__()"
    return _libsupport.index(a)


def inv(a):
    "Same as ~a."
    return ~a


invert = inv


def lshift(a, b):
    "Same as a << b."
    return a << b


def mod(a, b):
    "Same as a % b."
    return a % b


def mul(a, b):
    "Same as a * b."
    return a * b


def matmul(a, b):
    "Same as a @ b."
    return a @ b


def neg(a):
    "Same as -a."
    return -a


def or_(a, b):
    "Same as a | b."
    return a | b


def pos(a):
    "Same as +a."
    return +a


def pow(a, b):
    "Same as a ** b."
    return a ** b


def rshift(a, b):
    "Same as a >> b."
    return a >> b


def sub(a, b):
    "Same as a - b."
    return a - b


def truediv(a, b):
    "Same as a / b."
    return a / b


def xor(a, b):
    "Same as a ^ b."
    return a ^ b


# sequences
def _check_sequence(a, what):
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be %s" % (type(a).__name__, what))


def concat(a, b):
    "Same as a + b, for a and b sequences."
    _check_sequence(a, 'concatenated')
    return a + b


def contains(a, b):
    "Same as b in a (note reversed operands)."
    return b in a


def countOf(a, b):
    "Return the number of items in a which are, or which equal, b."
    n = 0
    for item in a:
        if item is b or item == b:
            n += 1
    return n


def delitem(a, b):
    "Same as del a[b]."
    del a[b]


def getitem(a, b):
    "Same as a[b]."
    return a[b]


def indexOf(a, b):
    "Return the first index of b in a."
    i = 0
    for item in a:
        if item is b or item == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c):
    "Same as a[b] = c."
    a[b] = c


def length_hint(obj, default=0):
    """Return an estimate of the number of items in obj: its len() if it
    has one, else its __length_hint__(), else default."""
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError('__length_hint__ must be integer, not %s'
                        % type(value).__name__)
    if value < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return value


def call(obj, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)


# in-place operations
def iadd(a, b):
    "Same as a += b."
    a += b
    return a


def iand(a, b):
    "Same as a &= b."
    a &= b
    return a


def iconcat(a, b):
    "Same as a += b, for a and b sequences."
    _check_sequence(a, 'concatenated')
    a += b
    return a


def ifloordiv(a, b):
    "Same as a //= b."
    a //= b
    return a


def ilshift(a, b):
    "Same as a <<= b."
    a <<= b
    return a


def imod(a, b):
    "Same as a %= b."
    a %= b
    return a


def imul(a, b):
    "Same as a *= b."
    a *= b
    return a


def imatmul(a, b):
    "Same as a @= b."
    a @= b
    return a


def ior(a, b):
    "Same as a |= b."
    a |= b
    return a


def ipow(a, b):
    "Same as a **= b."
    a **= b
    return a


def irshift(a, b):
    "Same as a >>= b."
    a >>= b
    return a


def isub(a, b):
    "Same as a -= b."
    a -= b
    return a


def itruediv(a, b):
    "Same as a /= b."
    a /= b
    return a


def ixor(a, b):
    "Same as a ^= b."
    a ^= b
    return a


# callable objects
class attrgetter:
    """attrgetter(attr, ...) --> attrgetter object

    Return a callable object that fetches the given attribute(s) from its
    operand; dotted names ('a.b') fetch nested attributes."""

    __slots__ = ('_attrs', '_paths')

    def __init__(self, attr, *attrs):
        names = (attr,) + attrs
        paths = []
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
            paths.append(tuple(name.split('.')))
        self._attrs = names
        self._paths = tuple(paths)

    def _fetch(self, obj, path):
        for name in path:
            obj = getattr(obj, name)
        return obj

    def __call__(self, obj):
        if len(self._paths) == 1:
            return self._fetch(obj, self._paths[0])
        return tuple([self._fetch(obj, p) for p in self._paths])

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))

    def __reduce__(self):
        return (self.__class__, self._attrs)


class itemgetter:
    """itemgetter(item, ...) --> itemgetter object

    Return a callable object that fetches the given item(s) from its
    operand."""

    __slots__ = ('_items',)

    def __init__(self, *items):
        if len(items) == 0:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, obj):
        items = self._items
        if len(items) == 1:
            return obj[items[0]]
        return tuple([obj[i] for i in items])

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))

    def __reduce__(self):
        return (self.__class__, self._items)


class methodcaller:
    """methodcaller(name, /, *args, **kwargs) --> methodcaller object

    Return a callable object that calls the given method on its operand."""

    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, '
                            'the method name')
        self = args[0]
        name = args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        for a in self._args:
            parts.append(repr(a))
        for k, v in self._kwargs.items():
            parts.append('%s=%r' % (k, v))
        return 'operator.methodcaller(%s)' % ', '.join(parts)


# the dunder aliases
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__call__ = call
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
