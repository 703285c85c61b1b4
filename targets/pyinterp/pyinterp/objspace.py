"""The object space: creates objects and implements the generic operations
(arithmetic, comparison, attribute access, calls, iteration...) on top of
the per-type hooks of W_Root."""

from pyinterp.model import (W_Root, W_NoneObject, W_NotImplementedObject,
                            W_EllipsisObject, Arguments)
from pyinterp import operators as ops
from pyinterp.error import OperationError
from pyinterp.intobject import W_IntObject, W_BoolObject, W_LongObject
from pyinterp.floatobject import W_FloatObject
from pyinterp.strobject import W_StrObject, W_BytesObject, str_repr
from pyinterp.tupleobject import W_TupleObject, sequence_compare
from pyinterp.listobject import W_ListObject
from pyinterp.dictobject import W_DictObject
from pyinterp.setobject import W_SetObject
from pyinterp.typeobject import (W_TypeObject, W_InstanceObject,
                                 LAYOUT_OBJECT, LAYOUT_EXCEPTION,
                                 LAYOUT_BUILTIN, SPECIAL_GETATTRIBUTE,
                                 SPECIAL_SETATTR)
from pyinterp.funcobject import (W_FunctionObject, W_MethodObject,
                                 W_StaticMethod, W_ClassMethod, W_Property,
                                 W_GetSetProperty, W_SuperObject,
                                 W_MemberDescriptor,
                                 W_ModuleObject)
from pyinterp.gateway import W_BuiltinFunction
from pyinterp.exceptions import W_BaseException
from pyinterp.subclass import W_IntUser, W_StrUser, W_ListUser, W_TupleUser
from pyinterp.seqrepeat import sequence_repeat
from pyinterp.rlib import (rbigint, compute_unique_id, compute_identity_hash,
                           formatd)


class ObjSpace(object):
    def __init__(self):
        self.w_None = W_NoneObject()
        self.w_True = W_BoolObject(1)
        self.w_False = W_BoolObject(0)
        self.w_NotImplemented = W_NotImplementedObject()
        self.w_Ellipsis = W_EllipsisObject()
        self.small_ints = []
        for i in range(-5, 257):
            self.small_ints.append(W_IntObject(i))
        self.repr_stack = {}        # unique id -> True while repr() runs
        self.interned = {}          # str -> the same str, shared (see intern)
        self.exception_types = {}
        self.builtin_modules = {}   # name -> W_ModuleObject
        self.w_builtins = None
        self.interp = None          # the interpreter state (ExecutionContext)
        from pyinterp.typedefs import setup_types
        setup_types(self)

    # ------------------------------------------------------------ creation

    def newint(self, i):
        if -5 <= i <= 256:
            return self.small_ints[i + 5]
        return W_IntObject(i)

    def newlong(self, num):
        """A big number result: normalized back to a machine int if it fits."""
        try:
            return self.newint(num.toint())
        except OverflowError:
            return W_LongObject(num)

    def newbigint_fromstr(self, digits, base):
        return self.newlong(rbigint.fromstr(digits, base))

    def newfloat(self, f):
        return W_FloatObject(f)

    def newstr(self, s):
        return W_StrObject(s)

    def newbytes(self, s):
        return W_BytesObject(s)

    def newbool(self, b):
        if b:
            return self.w_True
        return self.w_False

    def newlist(self, items_w):
        return W_ListObject(items_w)

    def newlist_str(self, strs):
        items_w = []
        for s in strs:
            items_w.append(self.newstr(s))
        return W_ListObject(items_w)

    def newtuple(self, items_w):
        return W_TupleObject(items_w)

    def newdict(self):
        return W_DictObject()

    def newset(self):
        return W_SetObject(False)

    def intern(self, s):
        """The unique copy of string s: identifiers used as attribute and
        global names are interned so that dict lookups compare pointers."""
        r = self.interned.get(s, None)
        if r is None:
            self.interned[s] = s
            r = s
        return r

    # ------------------------------------------------------------ errors

    def new_exception(self, w_type, msg):
        return W_BaseException(w_type, [self.newstr(msg)])

    def error(self, w_type, msg):
        return OperationError(w_type, self.new_exception(w_type, msg))

    def type_error(self, msg):
        return self.error(self.w_TypeError, msg)

    def value_error(self, msg):
        return self.error(self.w_ValueError, msg)

    def index_error(self, msg):
        return self.error(self.w_IndexError, msg)

    def key_error(self, w_key):
        return OperationError(self.w_KeyError,
                              W_BaseException(self.w_KeyError, [w_key]))

    def key_error_msg(self, msg):
        return self.error(self.w_KeyError, msg)

    def zero_division_error(self, msg):
        return self.error(self.w_ZeroDivisionError, msg)

    def overflow_error(self, msg):
        return self.error(self.w_OverflowError, msg)

    def runtime_error(self, msg):
        return self.error(self.w_RuntimeError, msg)

    def name_error(self, msg):
        return self.error(self.w_NameError, msg)

    def attribute_error(self, msg):
        return self.error(self.w_AttributeError, msg)

    def stop_iteration(self):
        return OperationError(self.w_StopIteration,
                              W_BaseException(self.w_StopIteration, []))

    def exception_from_value(self, w_value):
        """OperationError for raising an exception class or instance."""
        if isinstance(w_value, W_TypeObject):
            if not w_value.issubtype(self.w_BaseException):
                raise self.type_error("exceptions must derive from BaseException")
            w_value = self.call_function(w_value, [])
        if not isinstance(w_value, W_BaseException):
            raise self.type_error("exceptions must derive from BaseException")
        return OperationError(w_value.w_class, w_value)

    def exception_match(self, w_exc_type, w_check):
        if isinstance(w_check, W_TupleObject):
            for w_t in w_check.items_w:
                if self.exception_match(w_exc_type, w_t):
                    return True
            return False
        if isinstance(w_check, W_TypeObject):
            if not w_check.issubtype(self.w_BaseException):
                raise self.type_error("catching classes that do not inherit from BaseException is not allowed")
            assert isinstance(w_exc_type, W_TypeObject)
            return w_exc_type.issubtype(w_check)
        raise self.type_error("catching classes that do not inherit from BaseException is not allowed")

    # ------------------------------------------------------------ type info

    def type(self, w_obj):
        return w_obj.getclass(self)

    def type_name(self, w_obj):
        return w_obj.getclass(self).name

    def isinstance_w(self, w_obj, w_type):
        w_t = w_obj.getclass(self)
        assert isinstance(w_type, W_TypeObject)
        return w_t.issubtype(w_type)

    def unique_id(self, w_obj):
        return compute_unique_id(w_obj)

    def identity_hash(self, w_obj):
        return compute_identity_hash(w_obj)

    def allocate_instance(self, w_type):
        w_layout = w_type.get_layout()
        if w_layout is None:
            return W_InstanceObject(w_type)
        if w_layout.layout == LAYOUT_EXCEPTION:
            return W_BaseException(w_type, [])
        raise self.type_error("subclassing builtin type '%s' is not supported"
                              % w_layout.name)

    # ------------------------------------------------------------ unwrapping

    def index_or_none(self, w_obj):
        """operator.index(w_obj) as an int object, or None when w_obj is
        neither an int nor an object with __index__."""
        if isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject):
            return w_obj
        if isinstance(w_obj, W_InstanceObject):
            w_res = w_obj.call_special(self, "__index__", [])
            if w_res is not None:
                if isinstance(w_res, W_IntObject) or isinstance(w_res, W_LongObject):
                    return w_res
                raise self.type_error("__index__ returned non-int (type %s)"
                                      % self.type_name(w_res))
        return None

    def int_w(self, w_obj):
        if isinstance(w_obj, W_IntObject):
            return w_obj.intval
        if isinstance(w_obj, W_LongObject):
            raise self.overflow_error("Python int too large to convert to C long")
        w_res = self.index_or_none(w_obj)
        if w_res is not None:
            return self.int_w(w_res)
        raise self.type_error("'%s' object cannot be interpreted as an integer"
                              % self.type_name(w_obj))

    def getindex(self, w_obj, what):
        if isinstance(w_obj, W_IntObject):
            return w_obj.intval
        if isinstance(w_obj, W_LongObject):
            raise self.index_error("cannot fit 'int' into an index-sized integer")
        w_res = self.index_or_none(w_obj)
        if w_res is not None:
            return self.getindex(w_res, what)
        raise self.type_error("%s, not %s" % (what, self.type_name(w_obj)))

    def float_w(self, w_obj):
        if isinstance(w_obj, W_FloatObject):
            return w_obj.floatval
        if isinstance(w_obj, W_IntObject):
            return float(w_obj.intval)
        if isinstance(w_obj, W_LongObject):
            return w_obj.num.tofloat()
        if isinstance(w_obj, W_InstanceObject):
            w_res = w_obj.call_special(self, "__float__", [])
            if w_res is not None:
                return self.float_w(w_res)
        raise self.type_error("must be real number, not %s" % self.type_name(w_obj))

    def str_w(self, w_obj):
        if isinstance(w_obj, W_StrObject):
            return w_obj.value
        raise self.type_error("expected str, got %s" % self.type_name(w_obj))

    def expect_str(self, w_res, what):
        if isinstance(w_res, W_StrObject):
            return w_res.value
        raise self.type_error("%s returned non-string (type %s)"
                              % (what, self.type_name(w_res)))

    # ------------------------------------------------------------ conversions

    def repr_str(self, w_obj):
        return w_obj.repr(self)

    def str_str(self, w_obj):
        return w_obj.str(self)

    def repr(self, w_obj):
        return self.newstr(w_obj.repr(self))

    def str(self, w_obj):
        if isinstance(w_obj, W_StrObject) and not isinstance(w_obj, W_StrUser):
            return w_obj
        return self.newstr(w_obj.str(self))

    def repr_enter(self, w_obj):
        uid = compute_unique_id(w_obj)
        if uid in self.repr_stack:
            return True
        self.repr_stack[uid] = True
        return False

    def repr_leave(self, w_obj):
        uid = compute_unique_id(w_obj)
        if uid in self.repr_stack:
            del self.repr_stack[uid]

    def str_repr(self, s):
        return str_repr(s)

    def format(self, w_obj, spec):
        res = w_obj.format(self, spec)
        if res is not None:
            return res
        return self.format_default(w_obj, spec)

    def format_default(self, w_obj, spec):
        """object.__format__: str(w_obj) for an empty spec."""
        if spec != "":
            raise self.type_error("unsupported format string passed to %s.__format__"
                                  % self.type_name(w_obj))
        return w_obj.str(self)

    # ------------------------------------------------------------ truth, hash

    def is_true(self, w_obj):
        if w_obj is self.w_True:
            return True
        if w_obj is self.w_False or w_obj is self.w_None:
            return False
        return w_obj.is_true(self)

    def hash_w(self, w_obj):
        return w_obj.hash(self)

    def hash(self, w_obj):
        return self.newint(w_obj.hash(self))

    # ------------------------------------------------------------ operators

    def binary_op(self, w_a, w_b, op):
        if w_b.is_user_instance() and self.reflected_first(w_a, w_b, op):
            w_res = w_b.rbinop(self, op, w_a)
            if w_res is not None:
                return w_res
        w_res = w_a.binop(self, op, w_b)
        if w_res is not None:
            return w_res
        w_res = w_b.rbinop(self, op, w_a)
        if w_res is not None:
            return w_res
        if op == ops.OP_MUL:
            w_res = sequence_repeat(self, w_a, w_b, False)
            if w_res is not None:
                return w_res
        raise self.type_error("unsupported operand type(s) for %s: '%s' and '%s'"
                              % (ops.BINOP_SYMBOLS[op], self.type_name(w_a),
                                 self.type_name(w_b)))

    def subclass_operand(self, w_a, w_b):
        """Whether the type of w_b is a proper subclass of the type of w_a."""
        w_ta = w_a.getclass(self)
        w_tb = w_b.getclass(self)
        return w_ta is not w_tb and w_tb.issubtype(w_ta)

    def reflected_first(self, w_a, w_b, op):
        """Whether the reflected method of w_b is tried first: the type of
        w_b is a proper subclass of the type of w_a and overrides it."""
        w_ta = w_a.getclass(self)
        w_tb = w_b.getclass(self)
        if w_ta is w_tb or not w_tb.issubtype(w_ta):
            return False
        name = ops.BINOP_RMETHODS[op]
        return w_tb.lookup(name) is not w_ta.lookup(name)

    def inplace_op(self, w_a, w_b, op):
        if w_b.is_user_instance() and self.reflected_first(w_a, w_b, op):
            from pyinterp.subclass import inplace_reflected_first
            return inplace_reflected_first(self, w_a, w_b, op)
        w_res = w_a.inplace_op(self, op, w_b)
        if w_res is not None:
            return w_res
        w_res = w_a.binop(self, op, w_b)
        if w_res is not None:
            return w_res
        w_res = w_b.rbinop(self, op, w_a)
        if w_res is not None:
            return w_res
        if op == ops.OP_MUL:
            w_res = sequence_repeat(self, w_a, w_b, True)
            if w_res is not None:
                return w_res
        raise self.type_error("unsupported operand type(s) for %s=: '%s' and '%s'"
                              % (ops.BINOP_SYMBOLS[op], self.type_name(w_a),
                                 self.type_name(w_b)))

    def add(self, w_a, w_b):
        return self.binary_op(w_a, w_b, ops.OP_ADD)

    def sub(self, w_a, w_b):
        return self.binary_op(w_a, w_b, ops.OP_SUB)

    def mul(self, w_a, w_b):
        return self.binary_op(w_a, w_b, ops.OP_MUL)

    def unary_op(self, w_obj, op):
        if op == ops.UNARY_NOT:
            return self.newbool(not self.is_true(w_obj))
        w_res = w_obj.unaryop(self, op)
        if w_res is not None:
            return w_res
        sym = "-"
        if op == ops.UNARY_POS:
            sym = "+"
        elif op == ops.UNARY_INVERT:
            sym = "~"
        raise self.type_error("bad operand type for unary %s: '%s'"
                              % (sym, self.type_name(w_obj)))

    def compare(self, w_a, w_b, op):
        if op == ops.CMP_IS:
            return self.newbool(self.is_w(w_a, w_b))
        if op == ops.CMP_IS_NOT:
            return self.newbool(not self.is_w(w_a, w_b))
        if op == ops.CMP_IN:
            return self.newbool(self.contains(w_b, w_a))
        if op == ops.CMP_NOT_IN:
            return self.newbool(not self.contains(w_b, w_a))
        reflected_done = False
        if w_b.is_user_instance() and self.subclass_operand(w_a, w_b):
            # as CPython: the right operand's (reflected) method first
            # when its type is a proper subclass of the left one's
            w_res = w_b.compare(self, ops.CMP_SWAPPED[op], w_a)
            if w_res is not None:
                return w_res
            reflected_done = True
        w_res = w_a.compare(self, op, w_b)
        if w_res is not None:
            return w_res
        if not reflected_done:
            w_res = w_b.compare(self, ops.CMP_SWAPPED[op], w_a)
            if w_res is not None:
                return w_res
        if op == ops.CMP_EQ:
            return self.newbool(w_a is w_b)
        if op == ops.CMP_NE:
            return self.newbool(w_a is not w_b)
        raise self.type_error("'%s' not supported between instances of '%s' and '%s'"
                              % (ops.CMP_SYMBOLS[op], self.type_name(w_a),
                                 self.type_name(w_b)))

    def is_w(self, w_a, w_b):
        if w_a is w_b:
            return True
        # small ints and floats compare by value for identity of constants
        return False

    def eq_w(self, w_a, w_b):
        if w_a is w_b:
            return True
        if isinstance(w_a, W_StrObject) and isinstance(w_b, W_StrObject) \
                and not isinstance(w_a, W_StrUser) \
                and not isinstance(w_b, W_StrUser):
            return w_a.value == w_b.value
        if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject) \
                and not isinstance(w_a, W_IntUser) \
                and not isinstance(w_b, W_IntUser):
            return w_a.intval == w_b.intval
        return self.is_true(self.compare(w_a, w_b, ops.CMP_EQ))

    def lt_w(self, w_a, w_b):
        if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject) \
                and not isinstance(w_a, W_IntUser) \
                and not isinstance(w_b, W_IntUser):
            return w_a.intval < w_b.intval
        if isinstance(w_a, W_TupleObject) and isinstance(w_b, W_TupleObject) \
                and not isinstance(w_a, W_TupleUser) \
                and not isinstance(w_b, W_TupleUser):
            return sequence_compare(self, ops.CMP_LT, w_a.items_w, w_b.items_w)
        return self.is_true(self.compare(w_a, w_b, ops.CMP_LT))

    def contains(self, w_container, w_item):
        r = w_container.contains(self, w_item)
        if r >= 0:
            return r == 1
        return self.contains_by_iter(w_container, w_item)

    def contains_by_iter(self, w_container, w_item):
        w_iter = self.iter(w_container)
        while True:
            w_x = self.next(w_iter)
            if w_x is None:
                return False
            if self.eq_w(w_x, w_item):
                return True

    # ------------------------------------------------------------ containers

    def len_w(self, w_obj):
        n = w_obj.length(self)
        if n < 0:
            raise self.type_error("object of type '%s' has no len()"
                                  % self.type_name(w_obj))
        return n

    def getitem(self, w_obj, w_index):
        return w_obj.getitem(self, w_index)

    def setitem(self, w_obj, w_index, w_value):
        w_obj.setitem(self, w_index, w_value)

    def delitem(self, w_obj, w_index):
        w_obj.delitem(self, w_index)

    def iter(self, w_obj):
        return w_obj.iter(self)

    def next(self, w_iter):
        """Next item of an iterator or None when exhausted."""
        return w_iter.next(self)

    def unpack_iterable(self, w_obj):
        if isinstance(w_obj, W_ListObject) and not isinstance(w_obj, W_ListUser):
            return w_obj.items_w[:]
        if isinstance(w_obj, W_TupleObject) and not isinstance(w_obj, W_TupleUser):
            return w_obj.items_w
        result = []
        w_iter = self.iter(w_obj)
        while True:
            w_item = self.next(w_iter)
            if w_item is None:
                break
            result.append(w_item)
        return result

    # ------------------------------------------------------------ attributes

    def lookup_in_type(self, w_type, name):
        assert isinstance(w_type, W_TypeObject)
        return w_type.lookup(name)

    def bind(self, w_descr, w_obj, w_type):
        """Applies the descriptor protocol to a class attribute found on
        w_type for instance w_obj (None when looked up on the class)."""
        if isinstance(w_descr, W_FunctionObject) or \
                isinstance(w_descr, W_BuiltinFunction):
            if w_obj is None:
                return w_descr
            return W_MethodObject(w_descr, w_obj)
        if isinstance(w_descr, W_StaticMethod):
            return w_descr.w_function
        if isinstance(w_descr, W_ClassMethod):
            return W_MethodObject(w_descr.w_function, w_type)
        if isinstance(w_descr, W_Property):
            if w_obj is None:
                return w_descr
            if w_descr.w_fget is self.w_None:
                raise self.attribute_error("property has no getter")
            return self.call_function(w_descr.w_fget, [w_obj])
        if isinstance(w_descr, W_GetSetProperty):
            if w_obj is None:
                return w_descr
            return w_descr.fget(self, w_obj)
        if isinstance(w_descr, W_MemberDescriptor):
            if w_obj is None:
                return w_descr
            return w_descr.get(self, w_obj)
        if isinstance(w_descr, W_InstanceObject):
            w_get = w_descr.w_class.lookup("__get__")
            if w_get is not None:
                w_inst = w_obj
                if w_inst is None:
                    w_inst = self.w_None
                return self.call_function_descr(w_get, w_descr,
                                                [w_descr, w_inst, w_type])
        return w_descr

    def is_data_descriptor(self, w_descr):
        if isinstance(w_descr, W_Property) or isinstance(w_descr, W_GetSetProperty) \
                or isinstance(w_descr, W_MemberDescriptor):
            return True
        if isinstance(w_descr, W_InstanceObject):
            return w_descr.w_class.lookup("__set__") is not None
        return False

    def lookup_attr_or_none(self, w_obj, name):
        """getattr(w_obj, name) or None if there is no such attribute."""
        if w_obj.is_user_instance():
            w_type = w_obj.getclass(self)
            if w_type.get_special_flags(self) & SPECIAL_GETATTRIBUTE:
                w_ga = w_type.lookup("__getattribute__")
                assert w_ga is not None
                try:
                    return self.call_function_descr(w_ga, w_obj,
                                                    [w_obj, self.newstr(name)])
                except OperationError as e:
                    if not e.match(self, self.w_AttributeError):
                        raise
                    w_getattr = w_type.lookup("__getattr__")
                    if w_getattr is None:
                        raise
                    return self.call_function_descr(w_getattr, w_obj,
                                                    [w_obj, self.newstr(name)])
        return self.generic_lookup(w_obj, name, True)

    def generic_lookup(self, w_obj, name, use_getattr):
        """object.__getattribute__, then __getattr__ if use_getattr."""
        if isinstance(w_obj, W_TypeObject):
            return self.type_getattr(w_obj, name)
        if isinstance(w_obj, W_ModuleObject):
            w_v = w_obj.w_dict.getitem_str(self, name)
            if w_v is None and name == "__name__":
                return self.newstr(w_obj.name)
            return w_v
        if isinstance(w_obj, W_SuperObject):
            return self.super_getattr(w_obj, name)
        w_type = w_obj.getclass(self)
        w_descr = w_type.lookup(name)
        if w_descr is not None and self.is_data_descriptor(w_descr):
            return self.bind(w_descr, w_obj, w_type)
        w_v = w_obj.getdictvalue(self, name)
        if w_v is not None:
            return w_v
        if w_descr is not None:
            return self.bind(w_descr, w_obj, w_type)
        if name == "__class__":
            return w_type
        if name == "__dict__" and w_type.instances_have_dict:
            w_d = w_obj.getdict_w(self)
            if w_d is not None:
                return w_d
        if name == "__name__" or name == "__qualname__":
            if isinstance(w_obj, W_FunctionObject):
                if name == "__name__":
                    return self.newstr(w_obj.name)
                return self.newstr(w_obj.qualname)
            if isinstance(w_obj, W_BuiltinFunction):
                return self.newstr(w_obj.name)
        if name == "__doc__" and isinstance(w_obj, W_FunctionObject):
            doc = w_obj.code.co_docstring
            if doc is None:
                return self.w_None
            return self.newstr(doc)
        if isinstance(w_obj, W_FunctionObject):
            w_fattr = self.function_special_attr(w_obj, name)
            if w_fattr is not None:
                return w_fattr
        if name == "__func__" and isinstance(w_obj, W_MethodObject):
            return w_obj.w_function
        if name == "__self__" and isinstance(w_obj, W_MethodObject):
            return w_obj.w_self
        if isinstance(w_obj, W_MethodObject) and (
                name == "__name__" or name == "__qualname__" or
                name == "__doc__" or name == "__module__"):
            return self.lookup_attr_or_none(w_obj.w_function, name)
        if use_getattr and w_obj.is_user_instance():
            w_getattr = w_type.lookup("__getattr__")
            if w_getattr is not None:
                return self.call_function_descr(w_getattr, w_obj,
                                                [w_obj, self.newstr(name)])
        return None

    def getattr(self, w_obj, name):
        w_res = self.lookup_attr_or_none(w_obj, name)
        if w_res is None:
            if isinstance(w_obj, W_TypeObject):
                raise self.attribute_error("type object '%s' has no attribute '%s'"
                                           % (w_obj.name, name))
            if isinstance(w_obj, W_ModuleObject):
                raise self.attribute_error("module '%s' has no attribute '%s'"
                                           % (w_obj.name, name))
            raise self.attribute_error("'%s' object has no attribute '%s'"
                                       % (self.type_name(w_obj), name))
        return w_res

    def type_getattr(self, w_type, name):
        w_descr = w_type.lookup(name)
        if w_descr is not None:
            return self.bind(w_descr, None, w_type)
        if w_type.w_metaclass is not None:
            from pyinterp.metaclass import metaclass_getattr
            w_v = metaclass_getattr(self, w_type, name)
            if w_v is not None:
                return w_v
        if name == "__name__":
            return self.newstr(w_type.name)
        if name == "__qualname__":
            return self.newstr(w_type.qualname)
        if name == "__module__":
            return self.newstr(w_type.module)
        if name == "__bases__":
            bases_w = []
            for w_b in w_type.bases_w:
                bases_w.append(w_b)
            return self.newtuple(bases_w)
        if name == "__mro__":
            mro_w = []
            for w_b in w_type.mro_w:
                mro_w.append(w_b)
            return self.newtuple(mro_w)
        if name == "__class__":
            return self.w_type
        if name == "__doc__":
            return self.w_None
        if name == "__dict__":
            w_d = self.newdict()
            for key, w_value in w_type.dict_w.items():
                w_d.setitem_str(self, key, w_value)
            return w_d
        # methods of the metaclass `type` (e.g. D.mro())
        if w_type is not self.w_type:
            w_meta = self.w_type.lookup(name)
            if w_meta is not None and isinstance(w_meta, W_BuiltinFunction):
                return W_MethodObject(w_meta, w_type)
        return None

    def function_special_attr(self, w_func, name):
        if name == "__defaults__":
            if len(w_func.defaults_w) == 0:
                return self.w_None
            return self.newtuple(w_func.defaults_w[:])
        if name == "__kwdefaults__":
            if w_func.w_kwdefaults is None:
                return self.w_None
            return w_func.w_kwdefaults
        if name == "__closure__":
            if len(w_func.closure) == 0:
                return self.w_None
            cells_w = []
            for w_cell in w_func.closure:
                cells_w.append(w_cell)
            return self.newtuple(cells_w)
        if name == "__module__":
            w_mod = w_func.w_globals.getitem_str(self, "__name__")
            if w_mod is None:
                return self.w_None
            return w_mod
        if name == "__globals__":
            return w_func.w_globals
        return None

    def super_getattr(self, w_super, name):
        w_objtype = w_super.w_objtype
        mro = w_objtype.mro_w
        start = 0
        for i in range(len(mro)):
            if mro[i] is w_super.w_starttype:
                start = i + 1
                break
        for i in range(start, len(mro)):
            w_t = mro[i]
            if name in w_t.dict_w:
                w_descr = w_t.dict_w[name]
                w_obj = w_super.w_obj
                if w_obj is w_objtype:
                    # super() in a classmethod
                    if isinstance(w_descr, W_ClassMethod):
                        return W_MethodObject(w_descr.w_function, w_objtype)
                    return self.bind(w_descr, None, w_objtype)
                return self.bind(w_descr, w_obj, w_objtype)
        if name == "__class__":
            return self.w_super
        return None

    def setattr(self, w_obj, name, w_value):
        if w_obj.is_user_instance():
            w_type = w_obj.getclass(self)
            if w_type.get_special_flags(self) & SPECIAL_SETATTR:
                w_setattr = w_type.lookup("__setattr__")
                if w_setattr is not None:
                    self.call_function_descr(w_setattr, w_obj,
                                             [w_obj, self.newstr(name), w_value])
                    return
        self.generic_setattr(w_obj, name, w_value)

    def generic_setattr(self, w_obj, name, w_value):
        """object.__setattr__: data descriptors, then the instance dict."""
        if isinstance(w_obj, W_TypeObject):
            if not w_obj.is_heaptype:
                raise self.type_error("cannot set '%s' attribute of immutable type '%s'"
                                      % (name, w_obj.name))
            w_obj.set_dict_item(name, w_value)
            if name == "__module__":
                # the repr shows it: "<class 'm.C'>", "<class 'C'>" if not a str
                if isinstance(w_value, W_StrObject):
                    w_obj.module = w_value.value
                else:
                    w_obj.module = "builtins"
            return
        if isinstance(w_obj, W_ModuleObject):
            w_obj.w_dict.setitem_str(self, name, w_value)
            return
        w_type = w_obj.getclass(self)
        w_descr = w_type.lookup(name)
        if w_descr is not None:
            if isinstance(w_descr, W_Property):
                if w_descr.w_fset is self.w_None:
                    raise self.attribute_error("property '%s' of '%s' object has no setter"
                                               % (name, w_type.name))
                self.call_function(w_descr.w_fset, [w_obj, w_value])
                return
            if isinstance(w_descr, W_GetSetProperty):
                if w_descr.fset is None:
                    raise self.attribute_error("attribute '%s' of '%s' objects is not writable"
                                               % (name, w_type.name))
                w_descr.fset(self, w_obj, w_value)
                return
            if isinstance(w_descr, W_MemberDescriptor):
                w_descr.set(self, w_obj, w_value)
                return
            if isinstance(w_descr, W_InstanceObject):
                w_set = w_descr.w_class.lookup("__set__")
                if w_set is not None:
                    self.call_function_descr(w_set, w_descr, [w_descr, w_obj, w_value])
                    return
        if isinstance(w_obj, W_FunctionObject) and (
                name == "__name__" or name == "__qualname__"):
            if not isinstance(w_value, W_StrObject):
                raise self.type_error("%s must be set to a string object" % name)
            if name == "__name__":
                w_obj.name = w_value.value
            else:
                w_obj.qualname = w_value.value
            return
        if name == "__class__" or name == "__dict__":
            from pyinterp.typeobject import set_special_attr
            if set_special_attr(self, w_obj, name, w_value):
                return
        if w_type is self.w_object or not w_type.instances_have_dict or \
                not w_obj.setdictvalue(self, name, w_value):
            raise self.attribute_error("'%s' object has no attribute '%s'"
                                       % (w_type.name, name))

    def delattr(self, w_obj, name):
        if isinstance(w_obj, W_TypeObject) and w_obj.is_heaptype:
            if w_obj.del_dict_item(name):
                return
            raise self.attribute_error(name)
        w_type = w_obj.getclass(self)
        if w_obj.is_user_instance():
            w_delattr = w_type.lookup("__delattr__")
            if w_delattr is not None and w_delattr is not self.object_delattr:
                self.call_function_descr(w_delattr, w_obj,
                                         [w_obj, self.newstr(name)])
                return
        self.generic_delattr(w_obj, name)

    def generic_delattr(self, w_obj, name):
        w_type = w_obj.getclass(self)
        w_descr = w_type.lookup(name)
        if w_descr is not None and isinstance(w_descr, W_Property):
            if w_descr.w_fdel is self.w_None:
                raise self.attribute_error("property '%s' of '%s' object has no deleter"
                                           % (name, w_type.name))
            self.call_function(w_descr.w_fdel, [w_obj])
            return
        if w_descr is not None and isinstance(w_descr, W_MemberDescriptor):
            w_descr.delete(self, w_obj)
            return
        if not w_obj.deldictvalue(self, name):
            raise self.attribute_error("'%s' object has no attribute '%s'"
                                       % (w_type.name, name))

    # ------------------------------------------------------------ calls

    def call_args(self, w_callable, args):
        return w_callable.call_args(self, args)

    def call_function(self, w_callable, args_w):
        return w_callable.call_args(self, Arguments(args_w, None, None))

    def call_function_descr(self, w_descr, w_obj, args_w):
        """Calls a special method found in the type of w_obj; args_w
        includes w_obj as first element."""
        if isinstance(w_descr, W_FunctionObject) or \
                isinstance(w_descr, W_BuiltinFunction):
            return self.call_function(w_descr, args_w)
        w_bound = self.bind(w_descr, w_obj, w_obj.getclass(self))
        return self.call_function(w_bound, args_w[1:])

    def call_function_object(self, w_func, args):
        return self.interp.call_function(w_func, args)

    def call_method(self, w_obj, name, args_w):
        return self.call_function(self.getattr(w_obj, name), args_w)
