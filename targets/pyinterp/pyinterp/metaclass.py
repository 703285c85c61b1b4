"""Metaclasses: `class C(metaclass=M)` (or a base whose class is M) calls
M(name, bases, namespace, **keywords); `type.__new__(M, ...)` makes a
class whose type is M; calling such a class goes through M.__call__ (and
`type.__call__`, __new__ then __init__); attributes the class lacks are
looked up in the Python-defined classes of its metaclass's MRO."""

from pyinterp.model import Arguments
from pyinterp.typeobject import W_TypeObject
from pyinterp.gateway import W_BuiltinFunction


def select_metaclass(space, bases_w, w_explicit):
    """The most derived metaclass among the explicit one and those of the
    bases; None when it is `type`."""
    w_winner = w_explicit
    if w_winner is not None and not isinstance(w_winner, W_TypeObject):
        return w_winner         # a function used as metaclass
    for w_base in bases_w:
        w_meta = w_base.getclass(space)
        if w_winner is None:
            w_winner = w_meta
            continue
        assert isinstance(w_winner, W_TypeObject)
        if isinstance(w_meta, W_TypeObject) and w_meta.issubtype(w_winner):
            w_winner = w_meta
        elif isinstance(w_meta, W_TypeObject) and \
                not w_winner.issubtype(w_meta):
            raise space.type_error(
                "metaclass conflict: the metaclass of a derived class must be "
                "a (non-strict) subclass of the metaclasses of all its bases")
    if w_winner is space.w_type:
        return None
    return w_winner


def call_metaclass(space, name, bases_w, w_ns, args):
    """The class statement's class when a metaclass other than type
    applies (None: make it as a plain class)."""
    w_explicit = None
    kw_names = []
    kw_values_w = []
    for i in range(args.num_kw()):
        if args.kw_names[i] == "metaclass":
            w_explicit = args.kw_values_w[i]
        else:
            kw_names.append(args.kw_names[i])
            kw_values_w.append(args.kw_values_w[i])
    w_meta = select_metaclass(space, bases_w, w_explicit)
    if w_meta is None:
        if w_explicit is not None:
            # metaclass=type: the keywords go to __init_subclass__
            return type_new_class(space, space.w_type, name, bases_w, w_ns,
                                  kw_names, kw_values_w)
        return None
    w_bases = space.newtuple(bases_w[:])
    return space.call_args(w_meta, Arguments(
        [space.newstr(name), w_bases, w_ns], kw_names, kw_values_w))


def type_new_class(space, w_meta, name, bases_w, w_ns, kw_names, kw_values_w):
    from pyinterp.interpreter import make_class
    dict_w = {}
    for w_k in w_ns.table.live_keys():
        dict_w[space.str_w(w_k)] = space.getitem(w_ns, w_k)
    names = None
    values_w = None
    if len(kw_names) > 0:
        names = kw_names
        values_w = kw_values_w
    w_class = make_class(space, name, bases_w, dict_w, names, values_w)
    if w_meta is not space.w_type:
        assert isinstance(w_meta, W_TypeObject)
        w_class.w_metaclass = w_meta
    return w_class


def type_new(space, args):
    """type.__new__(mcls, name, bases, namespace, **keywords)."""
    from pyinterp.dictobject import W_DictObject
    if len(args.args_w) < 1 or not isinstance(args.args_w[0], W_TypeObject):
        raise space.type_error("type.__new__(X): X is not a type object")
    w_meta = args.args_w[0]
    assert isinstance(w_meta, W_TypeObject)
    if not w_meta.issubtype(space.w_type):
        raise space.type_error("type.__new__(%s): %s is not a subtype of type"
                               % (w_meta.name, w_meta.name))
    if len(args.args_w) == 2 and args.num_kw() == 0:
        return args.args_w[1].getclass(space)
    if len(args.args_w) != 4:
        raise space.type_error("type.__new__() takes exactly 3 arguments (%d given)"
                               % (len(args.args_w) - 1))
    w_ns = args.args_w[3]
    if not isinstance(w_ns, W_DictObject):
        raise space.type_error("type.__new__() argument 3 must be dict, not %s"
                               % space.type_name(w_ns))
    bases_w = space.unpack_iterable(args.args_w[2])
    kw_names = []
    kw_values_w = []
    for i in range(args.num_kw()):
        kw_names.append(args.kw_names[i])
        kw_values_w.append(args.kw_values_w[i])
    return type_new_class(space, w_meta, space.str_w(args.args_w[1]), bases_w,
                          w_ns, kw_names, kw_values_w)


def type_call(space, args):
    """type.__call__(cls, *args, **kwargs): making an instance (what
    `super().__call__(...)` in a metaclass's __call__ reaches)."""
    if len(args.args_w) < 1 or not isinstance(args.args_w[0], W_TypeObject):
        raise space.type_error("descriptor '__call__' of 'type' object needs an argument")
    w_cls = args.args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    return w_cls.default_call(space, Arguments(args.args_w[1:], args.kw_names,
                                               args.kw_values_w))


def type_init(space, args):
    return space.w_None


def install_type_methods(space):
    from pyinterp.funcobject import W_StaticMethod
    w_type = space.w_type
    w_type.dict_w["__new__"] = W_StaticMethod(W_BuiltinFunction("__new__", type_new))
    space.type_call = W_BuiltinFunction("__call__", type_call)
    w_type.dict_w["__call__"] = space.type_call
    w_type.dict_w["__init__"] = W_BuiltinFunction("__init__", type_init)


def user_lookup(w_meta, name):
    """`name` in the Python-defined classes of a metaclass's MRO."""
    for w_t in w_meta.mro_w:
        if not w_t.is_heaptype:
            return None
        w_v = w_t.dict_w.get(name, None)
        if w_v is not None:
            return w_v
    return None


def metaclass_call(space, w_cls, args):
    """Calling a class whose metaclass defines __call__; None otherwise."""
    w_meta = w_cls.w_metaclass
    assert w_meta is not None
    w_call = user_lookup(w_meta, "__call__")
    if w_call is None:
        return None
    return space.call_args(space.bind(w_call, w_cls, w_meta), args)


def metaclass_getattr(space, w_cls, name):
    """An attribute of a class found in its metaclass (methods bound to
    the class, properties...), or None."""
    w_meta = w_cls.w_metaclass
    assert w_meta is not None
    w_v = user_lookup(w_meta, name)
    if w_v is None:
        return None
    return space.bind(w_v, w_cls, w_meta)


def metaclass_repr(space, w_cls):
    w_meta = w_cls.w_metaclass
    assert w_meta is not None
    w_repr = user_lookup(w_meta, "__repr__")
    if w_repr is None:
        return None
    return space.expect_str(space.call_function(w_repr, [w_cls]), "__repr__")
