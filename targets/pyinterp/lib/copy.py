"""copy: shallow and deep copy operations (app-level module of pyinterp,
written from the documentation of CPython's `copy`).

copy(x) and deepcopy(x[, memo]) handle the builtin containers directly,
classes defining __copy__ / __deepcopy__, and other instances by copying
their __dict__ (and __slots__) into a new instance of the same class."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, str, bytes, type, range, slice,
           type(len), type(Ellipsis), type(NotImplemented))


def _is_function(x):
    return type(x).__name__ in ('function', 'builtin_function_or_method')


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or _is_function(x) or cls is frozenset or \
            cls is tuple:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def _user_defined(cls, name):
    """Whether a class of cls's MRO other than object defines `name`."""
    for klass in cls.__mro__:
        if klass is not object and name in klass.__dict__:
            return True
    return False


def _state_of(x):
    """x's instance state: (its __dict__ or None, {slot name: value})."""
    d = None
    try:
        d = x.__dict__
    except AttributeError:
        pass
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    return d, slots


def _reconstruct(x, memo):
    """Copies an instance of a user class: a new instance made like
    CPython's __reduce_ex__ protocol would, then its state (instance
    __dict__ and slots, or what __getstate__ returns) copied into it."""
    cls = type(x)
    deep = memo is not None
    if isinstance(x, (list, dict, set, bytearray)):
        y = _copy_mutable_subclass(x, memo)
    else:
        if hasattr(x, '__getnewargs__'):
            args = x.__getnewargs__()
        elif isinstance(x, (tuple, frozenset)):
            args = (list(x),)
        else:
            args = None
            for base in (bool, int, float, str, bytes):
                if isinstance(x, base):
                    args = (base(x),)
                    break
        if args is None:
            try:
                y = object.__new__(cls)
            except TypeError:
                raise Error('un(%s)copyable object of type %s'
                            % ('deep' if deep else 'shallow', cls)) from None
        else:
            if deep:
                args = deepcopy(args, memo)
            y = cls.__new__(cls, *args)
        if deep:
            memo[id(x)] = y
    if _user_defined(cls, '__getstate__'):
        state = x.__getstate__()
        slots = {}
    else:
        state, slots = _state_of(x)
    if deep:
        state = deepcopy(state, memo)
        slots = deepcopy(slots, memo)
    if _user_defined(cls, '__setstate__'):
        if slots:
            state = (state, slots)
        if state is not None:
            y.__setstate__(state)
        return y
    if isinstance(state, tuple) and len(state) == 2:
        state, more = state
        if more:
            slots.update(more)
    if state:
        y.__dict__.update(state)
    for name, value in slots.items():
        setattr(y, name, value)
    return y


def _copy_mutable_subclass(x, memo):
    """An instance of a subclass of list/dict/set/bytearray with x's
    items (deep-copied if memo is not None)."""
    cls = type(x)
    deep = memo is not None
    y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    if isinstance(x, list):
        for v in x:
            list.append(y, deepcopy(v, memo) if deep else v)
    elif isinstance(x, dict):
        for k, v in dict.items(x):
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            dict.__setitem__(y, k, v)
    elif isinstance(x, set):
        for v in x:
            set.add(y, deepcopy(v, memo) if deep else v)
    else:
        y.extend(x)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects; memo maps id() of
    the objects already copied to their copies (for shared and cyclic
    structures)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or _is_function(x) or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # a tuple that contains itself through a list was copied already
        if d in memo:
            return memo[d]
        same = True
        for i in range(len(x)):
            if items[i] is not x[i]:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset([deepcopy(a, memo) for a in x])
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps x alive while memo is (its id() must stay unique)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
