"""Exposing interpreter-level (RPython) functions to app-level code."""

from pyinterp.model import W_Root


class W_BuiltinFunction(W_Root):
    """A function implemented in RPython.  `func(space, args)` takes an
    Arguments; when looked up on a type it becomes a method whose args_w[0]
    is the receiver."""
    _immutable_fields_ = ['name', 'func', 'func1', 'func2', 'func3']

    def __init__(self, name, func):
        self.name = name
        self.func = func
        self.w_self = None      # set for bound builtin methods
        # optional direct entries for a call with exactly 1, 2 or 3
        # positional arguments (a method's receiver included), called by
        # the eval loop straight from the value stack without building an
        # argument list: funcN(space, w_a, ...) returns the result, or None
        # (before any side effect) to fall back to func
        self.func1 = None
        self.func2 = None
        self.func3 = None

    def has_direct_entry(self, n):
        if n == 1:
            return self.func1 is not None
        if n == 2:
            return self.func2 is not None
        if n == 3:
            return self.func3 is not None
        return False

    def getclass(self, space):
        return space.w_builtin_function

    def repr(self, space):
        return "<built-in function %s>" % self.name

    def call_args(self, space, args):
        return self.func(space, args)


def check_args(space, args, name, minargs, maxargs):
    """Check the positional count (not counting a receiver) and that no
    keywords were passed."""
    n = len(args.args_w)
    if args.num_kw() > 0:
        raise space.type_error("%s() takes no keyword arguments" % name)
    if n < minargs or n > maxargs:
        if minargs == maxargs:
            if minargs == 1:
                raise space.type_error("%s() takes exactly one argument (%d given)"
                                       % (name, n))
            raise space.type_error("%s() takes exactly %d arguments (%d given)"
                                   % (name, minargs, n))
        if n < minargs:
            raise space.type_error("%s expected at least %d arguments, got %d"
                                   % (name, minargs, n))
        raise space.type_error("%s expected at most %d arguments, got %d"
                               % (name, maxargs, n))


def check_method_args(space, args, name, minargs, maxargs):
    """Like check_args but args_w[0] is the receiver."""
    n = len(args.args_w) - 1
    if args.num_kw() > 0:
        raise space.type_error("%s() takes no keyword arguments" % name)
    if n < minargs or n > maxargs:
        if minargs == maxargs:
            if minargs == 0:
                raise space.type_error("%s() takes no arguments (%d given)" % (name, n))
            if minargs == 1:
                raise space.type_error("%s() takes exactly one argument (%d given)"
                                       % (name, n))
        if n < minargs:
            raise space.type_error("%s expected at least %d argument%s, got %d"
                                   % (name, minargs, plural(minargs), n))
        raise space.type_error("%s expected at most %d argument%s, got %d"
                               % (name, maxargs, plural(maxargs), n))


def plural(n):
    if n == 1:
        return ""
    return "s"
