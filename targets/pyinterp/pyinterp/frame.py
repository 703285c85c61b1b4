"""Frames: the execution state of one code object activation, and the
binding of call arguments to a frame's fast locals."""

from pyinterp.funcobject import W_CellObject
from pyinterp.pycode import CO_VARARGS, CO_VARKEYWORDS, CO_NEWLOCALS
from pyinterp.dictobject import W_DictObject
from pyinterp.rlib import always_inline


class Block(object):
    """An active exception handler: where to jump and the stack depth to
    restore; blocks form a linked list through `prev`."""
    _immutable_ = True

    def __init__(self, handler, level, prev):
        self.handler = handler
        self.level = level
        self.prev = prev


class FrameConstants(object):
    def __init__(self):
        self.no_cells = []      # the (never mutated) cells of frames without any


frame_constants = FrameConstants()


def make_cells(code, closure):
    """The cells of a frame of code: new ones for its cell variables, then
    the closure's for its free variables."""
    ncells = len(code.co_cellvars)
    nfree = len(code.co_freevars)
    cells = [None] * (ncells + nfree)
    for i in range(ncells):
        cells[i] = W_CellObject(None)
    if closure is not None:
        for j in range(nfree):
            cells[ncells + j] = closure[j]
    return cells


class Frame(object):
    """locals_stack_w holds the fast locals (indexes [0, co_nlocals)) then
    the value stack; depth is the index of the first free stack slot."""
    _virtualizable_ = ['locals_stack_w[*]', 'depth', 'pc']

    @always_inline
    def __init__(self, space, code, w_globals, closure):
        # inlined into the callers (the call path of the eval loop
        # allocates the frame itself); the cells are made out of line
        self.space = space
        self.code = code
        self.w_globals = w_globals
        self.w_locals = None            # namespace dict of class bodies
        nlocals = code.co_nlocals
        self.locals_stack_w = [None] * (nlocals + code.co_stacksize)
        if code.co_ncells == 0:
            self.cells = frame_constants.no_cells
        else:
            self.cells = make_cells(code, closure)
        self.depth = nlocals
        self.lastblock = None           # innermost active Block
        self.pc = 0
        self.w_handled = None           # exception being handled (for bare raise)
        self.w_retval = None
        self.yielded = False
        self.finished = False
        self.f_back = None              # calling frame while running

    def push_block(self, handler):
        self.lastblock = Block(handler, self.depth, self.lastblock)

    def pop_block(self):
        block = self.lastblock
        assert block is not None
        self.lastblock = block.prev
        return block

    def locals_dict(self):
        """The namespace returned by locals() in this frame."""
        if self.w_locals is not None:
            return self.w_locals
        if self.code.co_flags & CO_NEWLOCALS == 0:
            return self.w_globals
        space = self.space
        w_d = space.newdict()
        code = self.code
        for i in range(len(code.co_varnames)):
            w_v = self.locals_stack_w[i]
            if w_v is not None:
                w_d.setitem_str(space, code.co_varnames[i], w_v)
        names = code.co_cellvars + code.co_freevars
        for i in range(len(names)):
            cell = self.cells[i]
            if cell is not None and cell.w_value is not None:
                w_d.setitem_str(space, names[i], cell.w_value)
        return w_d

    def init_cells_from_params(self):
        params = self.code.co_cell_params
        for i in range(len(params)):
            p = params[i]
            if p >= 0:
                cell = self.cells[i]
                assert cell is not None
                cell.w_value = self.locals_stack_w[p]

    @always_inline
    def push(self, w_obj):
        d = self.depth
        self.locals_stack_w[d] = w_obj
        self.depth = d + 1

    @always_inline
    def pop(self):
        d = self.depth - 1
        assert d >= 0
        stack = self.locals_stack_w
        w_obj = stack[d]
        stack[d] = None
        self.depth = d
        assert w_obj is not None
        return w_obj

    @always_inline
    def peek(self, n):
        d = self.depth - 1 - n
        assert d >= 0
        w_obj = self.locals_stack_w[d]
        assert w_obj is not None
        return w_obj

    @always_inline
    def settop(self, w_obj):
        self.locals_stack_w[self.depth - 1] = w_obj

    def popn(self, n):
        """Pops n values; returns them in push order."""
        result = [None] * n
        base = self.depth - n
        assert base >= 0
        stack = self.locals_stack_w
        for i in range(n):
            result[i] = stack[base + i]
            stack[base + i] = None
        self.depth = base
        return result

    def drop_to(self, level):
        while self.depth > level:
            self.depth -= 1
            self.locals_stack_w[self.depth] = None
        self.depth = level

    def lineno(self):
        return self.code.line_at(self.pc)


def bind_arguments(space, w_func, frame, args):
    """Stores the call arguments into the frame's fast locals, applying
    defaults, *args and **kwargs; raises TypeError like CPython."""
    code = w_func.code
    name = w_func.qualname
    locals_w = frame.locals_stack_w
    argcount = code.co_argcount
    kwonly = code.co_kwonlyargcount
    flags = code.co_flags
    args_w = args.args_w
    nargs = len(args_w)
    varargs_index = argcount + kwonly
    kwargs_index = varargs_index
    if flags & CO_VARARGS:
        kwargs_index += 1
    # positional
    n = nargs
    if n > argcount:
        n = argcount
    for i in range(n):
        locals_w[i] = args_w[i]
    if flags & CO_VARARGS:
        extra = []
        for i in range(argcount, nargs):
            extra.append(args_w[i])
        locals_w[varargs_index] = space.newtuple(extra)
    # keywords
    w_kwargs = None
    if flags & CO_VARKEYWORDS:
        w_kwargs = space.newdict()
        locals_w[kwargs_index] = w_kwargs
    names = args.kw_names
    if names is not None:
        values = args.kw_values_w
        assert values is not None
        varnames = code.co_varnames
        for k in range(len(names)):
            kwname = names[k]
            found = -1
            for i in range(code.co_posonlyargcount, argcount + kwonly):
                if varnames[i] == kwname:
                    found = i
                    break
            if found >= 0:
                if locals_w[found] is not None:
                    raise space.type_error("%s() got multiple values for argument '%s'"
                                           % (name, kwname))
                locals_w[found] = values[k]
            elif w_kwargs is not None:
                w_kwargs.setitem_str(space, kwname, values[k])
            else:
                raise_unexpected_keyword(space, name, code, names, kwname)
    if nargs > argcount and not (flags & CO_VARARGS):
        raise_too_many_positional(space, w_func, frame, nargs)
    # defaults for missing positional arguments
    if nargs < argcount:
        defaults_w = w_func.defaults_w
        first_default = argcount - len(defaults_w)
        missing = []
        for i in range(nargs, argcount):
            if locals_w[i] is None:
                if i >= first_default:
                    locals_w[i] = defaults_w[i - first_default]
                else:
                    missing.append(code.co_varnames[i])
        if len(missing) > 0:
            raise_missing(space, name, missing, "positional")
    # keyword-only defaults
    if kwonly > 0:
        missing = []
        for i in range(argcount, argcount + kwonly):
            if locals_w[i] is None:
                w_default = None
                w_kwdefaults = w_func.w_kwdefaults
                if w_kwdefaults is not None:
                    w_default = w_kwdefaults.getitem_str(space, code.co_varnames[i])
                if w_default is None:
                    missing.append(code.co_varnames[i])
                else:
                    locals_w[i] = w_default
        if len(missing) > 0:
            raise_missing(space, name, missing, "keyword-only")


def raise_missing(space, name, missing, kind):
    parts = []
    for m in missing:
        parts.append("'" + m + "'")
    if len(parts) == 1:
        text = parts[0]
    elif len(parts) == 2:
        text = parts[0] + " and " + parts[1]
    else:
        text = ", ".join(parts[:-1]) + ", and " + parts[len(parts) - 1]
    plural = "s"
    if len(missing) == 1:
        plural = ""
    raise space.type_error("%s() missing %d required %s argument%s: %s"
                           % (name, len(missing), kind, plural, text))


def raise_unexpected_keyword(space, name, code, kw_names, kwname):
    """The TypeError of a keyword naming no parameter of a function without
    **kwargs: CPython names the positional-only parameters passed by
    keyword, if any, else the unexpected keyword."""
    posonly = []
    for i in range(code.co_posonlyargcount):
        if code.co_varnames[i] in kw_names:
            posonly.append(code.co_varnames[i])
    if len(posonly) > 0:
        raise space.type_error("%s() got some positional-only arguments passed as "
                               "keyword arguments: '%s'" % (name, ", ".join(posonly)))
    raise space.type_error("%s() got an unexpected keyword argument '%s'"
                           % (name, kwname))


def raise_too_many_positional(space, w_func, frame, nargs):
    code = w_func.code
    argcount = code.co_argcount
    ndefaults = len(w_func.defaults_w)
    if ndefaults > 0:
        expected = "from %d to %d" % (argcount - ndefaults, argcount)
    else:
        expected = "%d" % argcount
    plural = "s"
    if argcount == 1 and ndefaults == 0:
        plural = ""
    kwonly_given = 0
    for i in range(argcount, argcount + code.co_kwonlyargcount):
        if frame.locals_stack_w[i] is not None:
            kwonly_given += 1
    given = ""
    if kwonly_given > 0:
        given = " positional argument%s (and %d keyword-only argument%s)" % (
            plural_s(nargs), kwonly_given, plural_s(kwonly_given))
    was = "were"
    if nargs == 1 and kwonly_given == 0:
        was = "was"
    raise space.type_error("%s() takes %s positional argument%s but %d%s %s given"
                           % (w_func.qualname, expected, plural, nargs, given, was))


def plural_s(n):
    if n == 1:
        return ""
    return "s"
