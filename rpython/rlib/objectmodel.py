"""Object-model helpers for RPython-3 programs (untranslated behaviour).

Public names:

* annotation hints: `specialize` (`.memo()`, `.arg(*n)`, `.arg_or_var(*n)`,
  `.argtype(*n)`, `.arglistitemtype(n)`, `.call_location()`, `.ll()`,
  `.ll_and_arg(n)`), `enforceargs`, `always_inline`, `dont_inline`,
  `try_inline`, `not_rpython`, `sandbox_review`;
* `we_are_translated()`, `fetch_translated_config()`;
* hashing and identity: `compute_hash`, `compute_identity_hash`,
  `compute_unique_id`, `current_object_addr_as_int`;
* `r_dict` (alias `r_ordereddict`): a dict with custom key equality/hash;
* `instantiate`, `import_from_mixin`, `UnboxedValue`;
* list and optimisation hints: `newlist_hint`, `resizelist_hint`,
  `keepalive_until_here`, `likely`, `unlikely`, `free_non_gc_object`.

Decorators return the same function tagged with an attribute, except
`enforceargs`, which wraps the function to check argument types at call time
(the wrapper keeps `__wrapped__` and `_annenforceargs_`).
"""

import functools
import inspect
import sys
import types

from rpython.rlib.rarithmetic import intmask


def we_are_translated():
    """False when running on CPython, True in the translated program."""
    return False


def fetch_translated_config():
    """The translation config in a translated program; None untranslated."""
    return None


# ____________________________________________________________
# Annotation hints


def _set_tag(func, attr, value):
    setattr(func, attr, value)
    return func


class _Specialize(object):
    """`@specialize.xxx(...)`: ask the annotator for several specialised
    copies of a function.  Untranslated, it only sets `_annspecialcase_`
    to a string such as 'specialize:argtype(0, 1)'."""

    @staticmethod
    def _tag(kind, args=None):
        text = 'specialize:' + kind
        if args is not None:
            text += '(%s)' % ', '.join([repr(a) for a in args])

        def decorate(func):
            return _set_tag(func, '_annspecialcase_', text)
        return decorate

    def memo(self):
        """One specialisation per constant argument tuple (memoised)."""
        return self._tag('memo')

    def arg(self, *args):
        """One specialisation per constant value of the given arguments."""
        return self._tag('arg', args)

    def arg_or_var(self, *args):
        """Like `arg`, plus one generic version for non-constant values."""
        return self._tag('arg_or_var', args)

    def argtype(self, *args):
        """One specialisation per type of the given arguments."""
        return self._tag('argtype', args)

    def arglistitemtype(self, n):
        """One specialisation per item type of the list argument `n`."""
        return self._tag('arglistitemtype', (n,))

    def call_location(self):
        """One specialisation per call site."""
        return self._tag('call_location')

    def ll(self):
        """Low-level helper specialised on all argument low-level types."""
        return self._tag('ll')

    def ll_and_arg(self, n):
        """Like `ll`, plus on the constant value of argument `n`."""
        return self._tag('ll_and_arg', (n,))


specialize = _Specialize()


def always_inline(func):
    """Ask the translator to always inline `func`."""
    return _set_tag(func, '_always_inline_', True)


def dont_inline(func):
    """Ask the translator never to inline `func`."""
    return _set_tag(func, '_dont_inline_', True)


def try_inline(func):
    """Ask the translator to inline `func` where possible."""
    return _set_tag(func, '_always_inline_', 'try')


def not_rpython(func):
    """Mark `func` as import-time only: calling it at run time is an error."""
    return _set_tag(func, '_not_rpython_', True)


def sandbox_review(reviewed=False, check_caller=False, abort=False):
    """Tag a function with its sandbox review status (exactly one flag)."""
    flags = [name for name, on in (('reviewed', reviewed),
                                   ('check_caller', check_caller),
                                   ('abort', abort)) if on]
    if len(flags) != 1:
        raise ValueError("sandbox_review: give exactly one of reviewed, "
                         "check_caller, abort")

    def decorate(func):
        return _set_tag(func, '_sandbox_review_', flags[0])
    return decorate


def _matches(value, expected):
    """Does `value` match the enforceargs type description `expected`?"""
    if expected is None:
        return True
    if isinstance(expected, list):
        return isinstance(value, list) and all(
            _matches(item, expected[0]) for item in value)
    if expected is float and isinstance(value, int):
        return True                     # ints are accepted where floats are
    return isinstance(value, expected)


def enforceargs(*types_, **kwds):
    """Declare the argument types of a function.

    `@enforceargs(int, str, None)` or `@enforceargs(x=int)`; a type may be a
    class, a tuple of classes, `[T]` (a list of T) or None (anything).  With
    `typecheck=False` the function is only tagged; otherwise calls are checked
    and a TypeError names the offending argument.
    """
    typecheck = kwds.pop('typecheck', True)

    def decorate(func):
        signature = inspect.signature(func)
        params = list(signature.parameters)
        if len(types_) > len(params):
            raise TypeError("enforceargs: %s takes %d arguments, %d types "
                            "given"
                            % (func.__name__, len(params), len(types_)))
        for name in kwds:
            if name not in params:
                raise TypeError("enforceargs: %s has no argument %r"
                                % (func.__name__, name))
        expected = dict(zip(params, types_))
        expected.update(kwds)
        func._annenforceargs_ = expected
        if not typecheck:
            return func

        @functools.wraps(func)
        def checked(*args, **kwargs):
            bound = signature.bind(*args, **kwargs)
            for name, value in bound.arguments.items():
                if name in expected and not _matches(value, expected[name]):
                    raise TypeError("%s(): argument %r should be %r, got %r"
                                    % (func.__name__, name, expected[name],
                                       value))
            return func(*args, **kwargs)
        return checked
    return decorate


# ____________________________________________________________
# Hashing and identity


def _hash_string(s):
    """Deterministic hash of a str or bytes (independent of PYTHONHASHSEED):
    FNV-1a over the UTF-8 bytes, never -1 -- the function translated
    programs use, so tables built at import time stay valid."""
    data = s if isinstance(s, bytes) else s.encode('utf-8', 'surrogatepass')
    x = 0xcbf29ce484222325
    for b in data:
        x = ((x ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    x = intmask(x)
    return -2 if x == -1 else x


def _hash_tuple(t):
    x = 0x345678
    for item in t:
        x = intmask((x ^ compute_hash(item)) * 1000003)
    return intmask(x ^ len(t))


def compute_hash(x):
    """Hash of a str, bytes, int, float, tuple or None by value; of any other
    object by identity (a user `__hash__` is never called)."""
    if isinstance(x, (str, bytes)):
        return _hash_string(x)
    if isinstance(x, int):
        return intmask(x)
    if isinstance(x, float):
        return intmask(hash(x))      # deterministic in CPython
    if isinstance(x, tuple):
        return _hash_tuple(x)
    if x is None:
        return 0
    return compute_identity_hash(x)


def compute_identity_hash(x):
    """A hash of the identity of `x`, stable for the object's lifetime."""
    return intmask(object.__hash__(x))


def compute_unique_id(x):
    """An integer unique among live objects (like `id()`)."""
    return id(x)


def current_object_addr_as_int(x):
    """The current address of `x` as an int (it may move in a moving GC)."""
    return intmask(id(x))


# ____________________________________________________________
# r_dict


class _RDictKey(object):
    """Wraps a key of an r_dict so that the dict uses the custom eq/hash."""

    __slots__ = ('key', 'rdict', 'hash')

    def __init__(self, rdict, key):
        self.key = key
        self.rdict = rdict
        self.hash = rdict.key_hash(key)

    def __hash__(self):
        return self.hash

    def __eq__(self, other):
        return self.rdict.key_eq(self.key, other.key)

    def __repr__(self):             # shows up in KeyError messages
        return repr(self.key)


_MISSING = object()


class r_dict(object):
    """An insertion-ordered dict comparing keys with `key_eq(k1, k2)` and
    hashing them with `key_hash(k)` instead of `__eq__`/`__hash__`.

    `keys()`, `values()` and `items()` return lists.
    """

    def __init__(self, key_eq, key_hash, force_non_null=False,
                 simple_hash_eq=False):
        self.key_eq = key_eq
        self.key_hash = key_hash
        self.force_non_null = force_non_null
        self._dict = {}             # _RDictKey -> value

    def _key(self, key):
        return _RDictKey(self, key)

    def __getitem__(self, key):
        return self._dict[self._key(key)]

    def __setitem__(self, key, value):
        self._dict[self._key(key)] = value

    def __delitem__(self, key):
        del self._dict[self._key(key)]

    def __contains__(self, key):
        return self._key(key) in self._dict

    def __len__(self):
        return len(self._dict)

    def __iter__(self):
        for wrapped in self._dict:
            yield wrapped.key

    def get(self, key, default=None):
        return self._dict.get(self._key(key), default)

    def setdefault(self, key, default=None):
        return self._dict.setdefault(self._key(key), default)

    def pop(self, key, default=_MISSING):
        if default is _MISSING:
            return self._dict.pop(self._key(key))
        return self._dict.pop(self._key(key), default)

    def popitem(self):
        wrapped, value = self._dict.popitem()
        return wrapped.key, value

    def keys(self):
        return [wrapped.key for wrapped in self._dict]

    def values(self):
        return list(self._dict.values())

    def items(self):
        return [(wrapped.key, value) for wrapped, value in self._dict.items()]

    def clear(self):
        self._dict.clear()

    def copy(self):
        result = r_dict(self.key_eq, self.key_hash, self.force_non_null)
        result.update(self)
        return result

    def update(self, other):
        for key, value in other.items():
            self[key] = value

    def __repr__(self):
        return 'r_dict({%s})' % ', '.join(
            ['%r: %r' % item for item in self.items()])


r_ordereddict = r_dict


# ____________________________________________________________
# Classes and instances


def instantiate(cls, nonmovable=False):
    """Create an instance of `cls` without calling its `__init__`."""
    return cls.__new__(cls)


_NEVER_COPIED = frozenset(['__module__', '__qualname__', '__doc__', '__dict__',
                           '__weakref__', '_mixin_'])


def _copy_function(func):
    fresh = types.FunctionType(func.__code__, func.__globals__,
                               func.__name__, func.__defaults__,
                               func.__closure__)
    fresh.__kwdefaults__ = func.__kwdefaults__
    fresh.__qualname__ = func.__qualname__
    fresh.__dict__.update(func.__dict__)
    return fresh


def _copy_value(value):
    if isinstance(value, types.FunctionType):
        return _copy_function(value)
    if isinstance(value, staticmethod):
        return staticmethod(_copy_value(value.__func__))
    return value


def import_from_mixin(M, special_methods=['__init__', '__del__']):
    """Copy the contents of the mixin class `M` (and of its bases, except
    object) into the class being defined; call it from the class body.

    Functions are copied as fresh function objects, so each class gets its
    own copy to annotate.  Special methods `__xxx__` are copied only if they
    are listed in `special_methods`.  A name already defined in the class
    body before the call is an error.
    """
    target = sys._getframe(1).f_locals
    contents = {}
    for base in reversed(M.__mro__):
        if base is object:
            continue
        for name, value in base.__dict__.items():
            if name in _NEVER_COPIED:
                continue
            if (name.startswith('__') and name.endswith('__')
                    and name not in special_methods):
                continue
            contents[name] = value
    for name, value in contents.items():
        if name in target:
            raise TypeError("import_from_mixin(%s): would overwrite %r "
                            "already defined in the class"
                            % (M.__name__, name))
        target[name] = _copy_value(value)


class UnboxedValue(object):
    """Base class for instances stored as tagged integers after translation.

    A subclass declares exactly one slot, `__slots__ = 'value'`; the instance
    is created with that value and `get_untagged_value()` returns it.
    """

    __slots__ = ()

    def __init__(self, value):
        setattr(self, self._slot_name(), value)

    @classmethod
    def _slot_name(cls):
        slots = cls.__slots__
        if isinstance(slots, str):
            return slots
        if len(slots) != 1:
            raise TypeError("%s: UnboxedValue subclasses need exactly one slot"
                            % cls.__name__)
        return slots[0]

    def get_untagged_value(self):
        return getattr(self, self._slot_name())


# ____________________________________________________________
# Hints about lists, liveness and branches


def newlist_hint(sizehint=0):
    """A new empty list, expected to grow to about `sizehint` items."""
    return []


def resizelist_hint(l, size):
    """Hint that the list `l` will grow to about `size` items."""


def keepalive_until_here(*args):
    """Keep the arguments alive until this point (for raw memory users)."""


def likely(condition):
    """Branch hint: `condition` is usually true.  Returns it as a bool."""
    return bool(condition)


def unlikely(condition):
    """Branch hint: `condition` is usually false.  Returns it as a bool."""
    return bool(condition)


def free_non_gc_object(obj):
    """Free an object allocated with a raw flavour (nothing to do here)."""
