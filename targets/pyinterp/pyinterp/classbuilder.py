"""Class creation: __build_class__ (runs the class body in a frame whose
locals are a fresh dict) and make_class (the type from the namespace:
implicit static/class methods, __slots__, __qualname__, __init_subclass__).
Split out of interpreter.py."""

from pyinterp.model import Arguments
from pyinterp.frame import Frame
from pyinterp.funcobject import W_FunctionObject, W_CellObject


def build_class(space, args):
    """__build_class__(func, name, *bases): runs the class body and creates
    the class."""
    if len(args.args_w) < 2:
        raise space.type_error("__build_class__: not enough arguments")
    w_func = args.args_w[0]
    if not isinstance(w_func, W_FunctionObject):
        raise space.type_error("__build_class__: func must be a function")
    name = space.str_w(args.args_w[1])
    bases_w = args.args_w[2:]
    ec = space.interp
    frame = Frame(space, w_func.code, w_func.w_globals, w_func.closure)
    w_ns = space.newdict()
    frame.w_locals = w_ns
    w_cell = ec.run_frame(frame)
    from pyinterp.metaclass import call_metaclass
    w_class = call_metaclass(space, name, bases_w, w_ns, args)
    if w_class is not None:
        if isinstance(w_cell, W_CellObject):
            w_cell.w_value = w_class
        return w_class
    dict_w = {}
    t = w_ns.table
    for i in range(len(t.keys_w)):
        w_k = t.keys_w[i]
        if w_k is None:
            continue
        w_v = t.values_w[i]
        assert w_v is not None
        dict_w[space.str_w(w_k)] = w_v
    w_class = make_class(space, name, bases_w, dict_w, args.kw_names,
                         args.kw_values_w)
    if isinstance(w_cell, W_CellObject):
        w_cell.w_value = w_class
    return w_class


def make_class(space, name, bases_w, dict_w, kw_names=None, kw_values_w=None):
    from pyinterp.typeobject import W_TypeObject, LAYOUT_OBJECT, LAYOUT_EXCEPTION
    from pyinterp.funcobject import W_StaticMethod, W_ClassMethod
    from pyinterp.strobject import W_StrObject as W_Str
    bases = []
    for w_b in bases_w:
        if not isinstance(w_b, W_TypeObject):
            raise space.type_error("bases must be types")
        if not w_b.acceptable_as_base:
            raise space.type_error("type '%s' is not an acceptable base type" % w_b.name)
        bases.append(w_b)
    if len(bases) == 0:
        bases.append(space.w_object)
    # __new__ is implicitly a static method
    if "__new__" in dict_w:
        w_new = dict_w["__new__"]
        if isinstance(w_new, W_FunctionObject):
            dict_w["__new__"] = W_StaticMethod(w_new)
    if "__init_subclass__" in dict_w:
        w_is = dict_w["__init_subclass__"]
        if isinstance(w_is, W_FunctionObject):
            dict_w["__init_subclass__"] = W_ClassMethod(w_is)
    # defining __eq__ without __hash__ makes instances unhashable
    if "__eq__" in dict_w and "__hash__" not in dict_w:
        dict_w["__hash__"] = space.w_None
    slot_names = None
    if "__slots__" in dict_w:
        slot_names = slots_of(space, dict_w["__slots__"])
        for slot in slot_names:
            if slot != "__dict__" and slot in dict_w:
                raise space.value_error("'%s' in __slots__ conflicts with class variable"
                                        % slot)
    w_class = W_TypeObject(name, bases, dict_w, LAYOUT_OBJECT)
    w_class.is_heaptype = True
    if slot_names is not None:
        from pyinterp.funcobject import W_MemberDescriptor
        has_dict = False
        for slot in slot_names:
            if slot == "__dict__":
                has_dict = True
            else:
                dict_w[slot] = W_MemberDescriptor(slot, w_class)
        for w_b in bases:
            for w_t in w_b.mro_w:
                if (w_t.is_heaptype and w_t.instances_have_dict) or \
                        w_t.layout == LAYOUT_EXCEPTION:
                    has_dict = True
        w_class.instances_have_dict = has_dict
    if "__qualname__" in dict_w:
        w_q = dict_w["__qualname__"]
        if isinstance(w_q, W_Str):
            w_class.qualname = w_q.value
        del dict_w["__qualname__"]
    if "__module__" not in dict_w:
        # type(name, bases, ns): the module running the call (CPython)
        w_name = current_module_name(space)
        if w_name is not None:
            dict_w["__module__"] = w_name
    if "__module__" in dict_w:
        w_m = dict_w["__module__"]
        if isinstance(w_m, W_Str):
            w_class.module = w_m.value
    w_class.compute_mro(space)
    for w_b in bases:
        if w_b.is_heaptype:
            w_b.subclasses_w.append(w_class)
    from pyinterp.typeobject import call_set_names
    call_set_names(space, w_class)
    # __init_subclass__ of the parents
    for i in range(1, len(w_class.mro_w)):
        w_t = w_class.mro_w[i]
        if "__init_subclass__" in w_t.dict_w:
            w_is = w_t.dict_w["__init_subclass__"]
            if isinstance(w_is, W_ClassMethod):
                space.call_args(w_is.w_function,
                                Arguments([w_class], kw_names, kw_values_w))
            break
    return w_class


def slots_of(space, w_slots):
    """The names listed by a class's __slots__ (a str or an iterable)."""
    from pyinterp.strobject import W_StrObject as W_Str
    names = []
    if isinstance(w_slots, W_Str):
        names.append(w_slots.value)
        return names
    for w_name in space.unpack_iterable(w_slots):
        if not isinstance(w_name, W_Str):
            raise space.type_error("__slots__ items must be strings, not '%s'"
                                   % space.type_name(w_name))
        names.append(w_name.value)
    return names


def current_module_name(space):
    """`__name__` of the globals of the running frame, or None."""
    from pyinterp.dictobject import W_DictObject
    frame = space.interp.topframe
    if frame is None:
        return None
    w_globals = frame.w_globals
    if not isinstance(w_globals, W_DictObject):
        return None
    return w_globals.getitem_str(space, "__name__")
