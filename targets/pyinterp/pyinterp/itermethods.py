"""The app-level methods of the builtin iterator types: `__next__`,
`__iter__` and, where CPython has it, `__length_hint__` (what
`operator.length_hint` and `list(it)` read).  Installed on the type
objects by `install_iterator_methods` (called from `setup_builtins`)."""

from pyinterp.gateway import W_BuiltinFunction
from pyinterp.iterobject import (W_SeqIterator, W_ListIterator,
                                 W_StrIterator, W_DictIterator,
                                 W_RangeIterator, W_ReversedIterator)


def iterator_self(space, args, name, typename, slot):
    """The receiver of an iterator method, checked with the messages of
    CPython's slot wrappers (`__next__`, `__iter__`: slot true) or method
    descriptors (`__length_hint__`); the exact type name is compared (the
    iterator types are not subclassable); no arguments after it."""
    if len(args.args_w) == 0:
        if slot:
            raise space.type_error("descriptor '%s' of '%s' object needs an "
                                   "argument" % (name, typename))
        raise space.type_error("unbound method %s.%s() needs an argument"
                               % (typename, name))
    w_self = args.args_w[0]
    if space.type_name(w_self) != typename:
        if slot:
            raise space.type_error(
                "descriptor '%s' requires a '%s' object but received a '%s'"
                % (name, typename, space.type_name(w_self)))
        raise space.type_error(
            "descriptor '%s' for '%s' objects doesn't apply to a '%s' object"
            % (name, typename, space.type_name(w_self)))
    if args.num_kw() > 0:
        if slot:
            raise space.type_error("wrapper %s() takes no keyword arguments"
                                   % name)
        raise space.type_error("%s.%s() takes no keyword arguments"
                               % (typename, name))
    n = len(args.args_w) - 1
    if n != 0:
        if slot:
            raise space.type_error("expected 0 arguments, got %d" % n)
        raise space.type_error("%s.%s() takes no arguments (%d given)"
                               % (typename, name, n))
    return w_self


def nonneg(n):
    if n < 0:
        return 0
    return n


def length_hint_of(space, w_it):
    """The remaining length of a builtin iterator, as CPython's
    `__length_hint__` of its type computes it (0 once exhausted or when
    the underlying container changed size), or -1 when the type has no
    `__length_hint__`."""
    from pyinterp.setobject import W_SetIterator
    from pyinterp.typeobject import W_GetitemIterator
    if isinstance(w_it, W_SeqIterator):
        return nonneg(w_it.length_hint())
    if isinstance(w_it, W_ListIterator):
        return nonneg(len(w_it.w_list.items_w) - w_it.index)
    if isinstance(w_it, W_StrIterator):
        return nonneg(len(w_it.value) - w_it.index)
    if isinstance(w_it, W_RangeIterator):
        return nonneg(w_it.remaining)
    if isinstance(w_it, W_SetIterator):
        return w_it.length_hint()
    if isinstance(w_it, W_DictIterator):
        t = w_it.table
        if w_it.size != t.used:
            return 0
        n = 0
        for i in range(w_it.index, len(t.keys_w)):
            if t.keys_w[i] is not None:
                n += 1
        return n
    if isinstance(w_it, W_ReversedIterator):
        # reversed_len: index + 1, or 0 if the sequence shrank below it
        position = w_it.index + 1
        if position <= 0 or space.len_w(w_it.w_seq) < position:
            return 0
        return position
    if isinstance(w_it, W_GetitemIterator):
        # iter_len: len(seq) - index while the sequence has a len()
        if w_it.index < 0:
            return 0
        n = w_it.w_obj.length(space)
        if n < 0:
            return -2
        return nonneg(n - w_it.index)
    return -1


def make_next(typename):
    def iter_next(space, args):
        w_self = iterator_self(space, args, "__next__", typename, True)
        w_item = space.next(w_self)
        if w_item is None:
            raise space.stop_iteration()
        return w_item
    return iter_next


def make_iter(typename):
    def iter_iter(space, args):
        return iterator_self(space, args, "__iter__", typename, True)
    return iter_iter


def make_length_hint(typename):
    def iter_length_hint(space, args):
        w_self = iterator_self(space, args, "__length_hint__", typename, False)
        n = length_hint_of(space, w_self)
        if n == -2:
            return space.w_NotImplemented
        if n < 0:
            raise space.type_error("'%s' object has no __length_hint__"
                                   % typename)
        return space.newint(n)
    return iter_length_hint


def install_iterator_methods(space):
    with_hint = [space.w_tuple_iterator, space.w_list_iterator,
                 space.w_str_iterator, space.w_dict_iterator,
                 space.w_set_iterator, space.w_range_iterator,
                 space.w_reversed, space.w_iterator]
    without_hint = [space.w_callable_iterator, space.w_enumerate,
                    space.w_zip, space.w_map, space.w_filter]
    for w_t in with_hint + without_hint:
        w_t.dict_w["__next__"] = W_BuiltinFunction("__next__",
                                                   make_next(w_t.name))
        w_t.dict_w["__iter__"] = W_BuiltinFunction("__iter__",
                                                   make_iter(w_t.name))
    for w_t in with_hint:
        w_t.dict_w["__length_hint__"] = W_BuiltinFunction(
            "__length_hint__", make_length_hint(w_t.name))
    w_gen = space.w_generator
    if "__iter__" not in w_gen.dict_w:
        w_gen.dict_w["__iter__"] = W_BuiltinFunction(
            "__iter__", make_iter(w_gen.name))
