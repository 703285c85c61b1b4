"""Code objects produced by the compiler."""

from pyinterp.model import W_Root

CO_NEWLOCALS = 0x02
CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08
CO_GENERATOR = 0x20


class W_CodeObject(W_Root):
    _immutable_fields_ = ['co_code[*]', 'co_ops[*]', 'co_consts_w[*]', 'co_names[*]',
                          'co_varnames[*]', 'co_nlocals', 'co_stacksize',
                          'co_flags', 'co_argcount', 'co_kwonlyargcount',
                          'co_cellvars[*]', 'co_freevars[*]',
                          'co_cell_params[*]', 'co_name', 'co_filename',
                          'co_simple_args', 'co_ncells',
                          'co_fast_argcount']

    def __init__(self, name, qualname, filename, firstlineno, argcount,
                 posonlyargcount, kwonlyargcount, flags, varnames, cellvars,
                 freevars, cell_params, consts_w, names, code, lines,
                 stacksize, docstring):
        self.co_name = name
        self.co_qualname = qualname
        self.co_filename = filename
        self.co_firstlineno = firstlineno
        self.co_argcount = argcount
        self.co_posonlyargcount = posonlyargcount
        self.co_kwonlyargcount = kwonlyargcount
        self.co_flags = flags
        self.co_varnames = varnames
        self.co_nlocals = len(varnames)
        self.co_cellvars = cellvars
        self.co_freevars = freevars
        self.co_cell_params = cell_params
        self.co_consts_w = consts_w
        self.co_names = names
        # a fixed-size copy (cheaper to index than the compiler's list)
        co_code = [0] * len(code)
        for i in range(len(code)):
            co_code[i] = code[i]
        self.co_code = co_code
        # the same, one int per instruction: opcode | argument << 8 (one
        # load and one bounds check per instruction in the eval loop)
        n = len(code) // 2
        co_ops = [0] * n
        for i in range(n):
            co_ops[i] = code[2 * i] | (code[2 * i + 1] << 8)
        self.co_ops = co_ops
        self.co_lines = lines
        self.co_stacksize = stacksize
        self.co_docstring = docstring
        # only positional parameters: a call with exactly co_argcount
        # positional arguments just stores them into the first locals
        self.co_simple_args = (flags & (CO_VARARGS | CO_VARKEYWORDS)) == 0 \
            and kwonlyargcount == 0
        self.co_ncells = len(cellvars) + len(freevars)
        # the number of positional arguments of the shortest call path (a
        # plain function: only positional parameters, no cells, not a
        # generator), or -1
        self.co_fast_argcount = -1
        if self.co_simple_args and self.co_ncells == 0 and \
                (flags & CO_GENERATOR) == 0:
            self.co_fast_argcount = argcount
        # inline caches (see inlinecache.py): per name for LOAD_GLOBAL,
        # per instruction for attribute accesses
        self.global_caches = [None] * len(names)
        self.attr_caches = [None] * (len(code) // 2)

    def is_generator(self):
        return (self.co_flags & CO_GENERATOR) != 0

    def line_at(self, pc):
        i = pc // 2
        if i < 0:
            i = 0
        if i >= len(self.co_lines):
            i = len(self.co_lines) - 1
        if i < 0:
            return self.co_firstlineno
        return self.co_lines[i]

    def getclass(self, space):
        return space.w_code

    def repr(self, space):
        return "<code object %s>" % self.co_name
