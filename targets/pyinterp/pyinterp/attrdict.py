"""obj.__dict__: a live app-level view of an instance's attribute dict
(an RPython dict str -> W_Root)."""

from pyinterp.model import W_Root
from pyinterp.strobject import W_StrObject
from pyinterp.gateway import check_method_args


class W_AttrDict(W_Root):
    def __init__(self, dict_w):
        self.dict_w = dict_w

    def getclass(self, space):
        return space.w_attrdict

    def key(self, space, w_key):
        if not isinstance(w_key, W_StrObject):
            raise space.type_error("attribute name must be string, not '%s'"
                                   % space.type_name(w_key))
        return w_key.value

    def length(self, space):
        return len(self.dict_w)

    def getitem(self, space, w_key):
        k = self.key(space, w_key)
        if k not in self.dict_w:
            raise space.key_error(w_key)
        return self.dict_w[k]

    def setitem(self, space, w_key, w_value):
        self.dict_w[self.key(space, w_key)] = w_value

    def delitem(self, space, w_key):
        k = self.key(space, w_key)
        if k not in self.dict_w:
            raise space.key_error(w_key)
        del self.dict_w[k]

    def contains(self, space, w_key):
        if isinstance(w_key, W_StrObject) and w_key.value in self.dict_w:
            return 1
        return 0

    def to_dict(self, space):
        w_d = space.newdict()
        for k, w_v in self.dict_w.items():
            w_d.setitem_str(space, k, w_v)
        return w_d

    def iter(self, space):
        return space.iter(self.to_dict(space))

    def repr(self, space):
        return self.to_dict(space).repr(space)


def attrdict_self(space, args, name, minargs, maxargs):
    check_method_args(space, args, name, minargs, maxargs)
    w_self = args.args_w[0]
    assert isinstance(w_self, W_AttrDict)
    return w_self


def ad_keys(space, args):
    return space.call_method(attrdict_self(space, args, "keys", 0, 0).to_dict(space),
                             "keys", [])


def ad_values(space, args):
    return space.call_method(attrdict_self(space, args, "values", 0, 0).to_dict(space),
                             "values", [])


def ad_items(space, args):
    return space.call_method(attrdict_self(space, args, "items", 0, 0).to_dict(space),
                             "items", [])


def ad_copy(space, args):
    return attrdict_self(space, args, "copy", 0, 0).to_dict(space)


def ad_get(space, args):
    w_self = attrdict_self(space, args, "get", 1, 2)
    w_key = args.args_w[1]
    if isinstance(w_key, W_StrObject) and w_key.value in w_self.dict_w:
        return w_self.dict_w[w_key.value]
    if len(args.args_w) > 2:
        return args.args_w[2]
    return space.w_None


def ad_update(space, args):
    w_self = attrdict_self(space, args, "update", 1, 1)
    w_other = args.args_w[1]
    for w_k in space.unpack_iterable(w_other):
        w_self.setitem(space, w_k, space.getitem(w_other, w_k))
    return space.w_None


ATTRDICT_METHODS = [("keys", ad_keys), ("values", ad_values),
                    ("items", ad_items), ("copy", ad_copy), ("get", ad_get),
                    ("update", ad_update)]
