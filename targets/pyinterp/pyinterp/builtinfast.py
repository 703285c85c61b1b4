"""Direct entries of the hottest builtin functions and methods
(`W_BuiltinFunction.func1/func2/func3`): the eval loop calls them with the
arguments taken straight from the value stack, without the argument list
and `Arguments` of the general entry.  Each one does exactly what the
general entry does for that argument count, or returns None before any
side effect (e.g. a receiver of the wrong type) so that the general entry
runs and reports the error."""

from pyinterp.gateway import W_BuiltinFunction
from pyinterp.listobject import W_ListObject
from pyinterp.dictobject import W_DictObject


def list_append_2(space, w_list, w_item):
    if not isinstance(w_list, W_ListObject):
        return None
    w_list.items_w.append(w_item)
    return space.w_None


def dict_get_2(space, w_d, w_key):
    if not isinstance(w_d, W_DictObject):
        return None
    w_v = w_d.table.get(space, w_key)
    if w_v is None:
        return space.w_None
    return w_v


def dict_get_3(space, w_d, w_key, w_default):
    if not isinstance(w_d, W_DictObject):
        return None
    w_v = w_d.table.get(space, w_key)
    if w_v is None:
        return w_default
    return w_v


def dict_setdefault_2(space, w_d, w_key):
    return dict_setdefault_3(space, w_d, w_key, space.w_None)


def dict_setdefault_3(space, w_d, w_key, w_default):
    if not isinstance(w_d, W_DictObject):
        return None
    w_v = w_d.table.get(space, w_key)
    if w_v is None:
        w_v = w_default
        w_d.table.set(space, w_key, w_v)
    return w_v


def len_1(space, w_obj):
    return space.newint(space.len_w(w_obj))


def isinstance_2(space, w_obj, w_cls):
    from pyinterp.builtins import isinstance_check
    return space.newbool(isinstance_check(space, w_obj, w_cls))


def builtin_in(dict_w, name):
    w_f = dict_w[name]
    assert isinstance(w_f, W_BuiltinFunction)
    return w_f


def install_direct_entries(space, w_builtins):
    """Sets the direct entries on the builtin functions (from the builtins
    dict being set up) and on the methods of list and dict."""
    w_append = builtin_in(space.w_list.dict_w, "append")
    w_append.func2 = list_append_2
    w_get = builtin_in(space.w_dict.dict_w, "get")
    w_get.func2 = dict_get_2
    w_get.func3 = dict_get_3
    w_setdefault = builtin_in(space.w_dict.dict_w, "setdefault")
    w_setdefault.func2 = dict_setdefault_2
    w_setdefault.func3 = dict_setdefault_3
    w_len = w_builtins.getitem_str(space, "len")
    assert isinstance(w_len, W_BuiltinFunction)
    w_len.func1 = len_1
    w_isinstance = w_builtins.getitem_str(space, "isinstance")
    assert isinstance(w_isinstance, W_BuiltinFunction)
    w_isinstance.func2 = isinstance_2
