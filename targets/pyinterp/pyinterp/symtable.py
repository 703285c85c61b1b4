"""Symbol table pass: decides for every name in every scope whether it is a
fast local, a global, a cell (local captured by an inner function) or a free
variable (captured from an enclosing function)."""

from pyinterp import astnodes as ast
from pyinterp.error import SyntaxErr

SCOPE_MODULE = 0
SCOPE_FUNCTION = 1
SCOPE_CLASS = 2

# symbol flags collected by the first pass
F_ASSIGNED = 1
F_USED = 2
F_PARAM = 4
F_GLOBAL = 8
F_NONLOCAL = 16

# final resolution
SC_LOCAL = 1
SC_GLOBAL_EXPLICIT = 2
SC_GLOBAL_IMPLICIT = 3
SC_FREE = 4
SC_CELL = 5


class Scope(object):
    def __init__(self, name, kind, parent, lineno):
        self.name = name
        self.kind = kind
        self.parent = parent
        self.lineno = lineno
        self.flags = {}          # name -> F_* bits
        self.order = []          # names in order of first appearance
        self.params = []         # parameter names in order
        self.children = []
        self.is_generator = False
        self.resolved = {}       # name -> SC_*
        self.cellvars = []
        self.freevars = []
        self.varnames = []
        self.needs_class_cell = False   # class scope: create __class__ cell
        self.uses_super = False

    def note(self, name, flag):
        if name in self.flags:
            self.flags[name] = self.flags[name] | flag
        else:
            self.flags[name] = flag
            self.order.append(name)

    def lookup(self, name):
        if name in self.resolved:
            return self.resolved[name]
        if self.kind == SCOPE_MODULE:
            return SC_GLOBAL_IMPLICIT
        return SC_GLOBAL_IMPLICIT

    def is_bound_here(self, name):
        """A binding in this scope that nested functions can capture."""
        if name not in self.flags:
            return False
        f = self.flags[name]
        if f & (F_GLOBAL | F_NONLOCAL):
            return False
        return (f & (F_ASSIGNED | F_PARAM)) != 0

    def add_cell(self, name):
        if name not in self.cellvars:
            self.cellvars.append(name)
        self.resolved[name] = SC_CELL

    def add_free(self, name):
        if name not in self.freevars:
            self.freevars.append(name)
        if self.kind == SCOPE_CLASS and name in self.resolved:
            # bound in the class namespace itself: keep it there
            return
        self.resolved[name] = SC_FREE


def node_error(filename, msg, node):
    """A SyntaxError spanning a statement or expression (its first and
    last tokens, as CPython reports the errors found after parsing)."""
    col = node.col
    if col < 0:
        col = 0
    e = SyntaxErr(msg, filename, node.lineno, col + 1)
    if node.end_col >= 0:
        e.end_lineno = node.end_lineno
        e.end_offset = node.end_col + 1
    return e


class SymtableBuilder(ast.Visitor):
    def __init__(self, filename):
        self.filename = filename
        self.scopes = {}         # ast node -> Scope
        self.current = None
        self.module_scope = None

    def error(self, msg, lineno, col=-1):
        """A SyntaxError at `lineno`, and at column `col` if known (the
        statement's, as CPython reports them)."""
        raise SyntaxErr(msg, self.filename, lineno, col + 1)

    def error_node(self, msg, node):
        raise node_error(self.filename, msg, node)

    def default_visit(self, node):
        pass

    def build(self, module):
        scope = Scope("<module>", SCOPE_MODULE, None, 0)
        self.module_scope = scope
        self.scopes[module] = scope
        self.current = scope
        self.visit_body(module.body)
        self.resolve(scope)
        return scope

    def push(self, node, name, kind, lineno):
        scope = Scope(name, kind, self.current, lineno)
        self.current.children.append(scope)
        self.scopes[node] = scope
        self.current = scope
        return scope

    def pop(self):
        self.current = self.current.parent

    def visit_body(self, body):
        for stmt in body:
            stmt.walkabout(self)

    def visit_exprs(self, exprs):
        for e in exprs:
            if e is not None:
                e.walkabout(self)

    def bind(self, name):
        self.current.note(name, F_ASSIGNED)

    # ---- statements ----

    def visit_Module(self, node):
        self.visit_body(node.body)

    def visit_arguments_defaults(self, args):
        self.visit_exprs(args.defaults)
        self.visit_exprs(args.kw_defaults)
        self.visit_exprs(args.ann_values)

    def declare_params(self, scope, args):
        # order of the fast locals: positional, keyword-only, *args, **kwargs
        for name in args.posargs:
            self.add_param(scope, name)
        for name in args.kwonlyargs:
            self.add_param(scope, name)
        if args.vararg is not None:
            self.add_param(scope, args.vararg)
        if args.kwarg is not None:
            self.add_param(scope, args.kwarg)

    def add_param(self, scope, name):
        if name in scope.flags:
            self.error("duplicate argument '%s' in function definition" % name,
                       scope.lineno)
        scope.note(name, F_PARAM)
        scope.params.append(name)

    def visit_FunctionDef(self, node):
        self.visit_exprs(node.decorators)
        self.visit_arguments_defaults(node.args)
        self.bind(node.name)
        scope = self.push(node, node.name, SCOPE_FUNCTION, node.lineno)
        self.declare_params(scope, node.args)
        self.visit_body(node.body)
        self.pop()

    def visit_Lambda(self, node):
        self.visit_arguments_defaults(node.args)
        scope = self.push(node, "<lambda>", SCOPE_FUNCTION, node.lineno)
        self.declare_params(scope, node.args)
        node.body.walkabout(self)
        self.pop()

    def visit_ClassDef(self, node):
        self.visit_exprs(node.decorators)
        self.visit_exprs(node.bases)
        for kw in node.keywords:
            kw.value.walkabout(self)
        self.bind(node.name)
        self.push(node, node.name, SCOPE_CLASS, node.lineno)
        self.visit_body(node.body)
        self.pop()

    def visit_Return(self, node):
        if self.current.kind != SCOPE_FUNCTION:
            self.error_node("'return' outside function", node)
        if node.value is not None:
            node.value.walkabout(self)

    def visit_Delete(self, node):
        self.visit_exprs(node.targets)

    def visit_Assign(self, node):
        node.value.walkabout(self)
        self.visit_exprs(node.targets)

    def visit_AugAssign(self, node):
        node.value.walkabout(self)
        node.target.walkabout(self)
        if isinstance(node.target, ast.Name):
            self.current.note(node.target.id, F_USED)

    def visit_AnnAssign(self, node):
        if node.value is not None:
            node.value.walkabout(self)
        node.target.walkabout(self)

    def visit_For(self, node):
        node.iter.walkabout(self)
        node.target.walkabout(self)
        self.visit_body(node.body)
        self.visit_body(node.orelse)

    def visit_While(self, node):
        node.test.walkabout(self)
        self.visit_body(node.body)
        self.visit_body(node.orelse)

    def visit_If(self, node):
        node.test.walkabout(self)
        self.visit_body(node.body)
        self.visit_body(node.orelse)

    def visit_With(self, node):
        for item in node.items:
            item.context_expr.walkabout(self)
            if item.optional_vars is not None:
                item.optional_vars.walkabout(self)
        self.visit_body(node.body)

    def visit_Raise(self, node):
        if node.exc is not None:
            node.exc.walkabout(self)
        if node.cause is not None:
            node.cause.walkabout(self)

    def visit_Try(self, node):
        self.visit_body(node.body)
        for h in node.handlers:
            if h.type is not None:
                h.type.walkabout(self)
            if h.name is not None:
                self.bind(h.name)
            self.visit_body(h.body)
        self.visit_body(node.orelse)
        self.visit_body(node.finalbody)

    def visit_Assert(self, node):
        node.test.walkabout(self)
        if node.msg is not None:
            node.msg.walkabout(self)

    def visit_Import(self, node):
        for alias in node.names:
            if alias.asname is not None:
                self.bind(alias.asname)
            else:
                name = alias.name
                dot = name.find(".")
                if dot >= 0:
                    name = name[:dot]
                self.bind(name)

    def visit_ImportFrom(self, node):
        for alias in node.names:
            if alias.name == "*":
                continue
            if alias.asname is not None:
                self.bind(alias.asname)
            else:
                self.bind(alias.name)

    def visit_Global(self, node):
        for name in node.names:
            if name in self.current.flags:
                f = self.current.flags[name]
                if f & F_PARAM:
                    self.error_node("name '%s' is parameter and global" % name, node)
                if f & F_ASSIGNED:
                    self.error_node("name '%s' is assigned to before global declaration"
                               % name, node)
                if f & F_USED:
                    self.error_node("name '%s' is used prior to global declaration" % name, node)
            self.current.note(name, F_GLOBAL)

    def visit_Nonlocal(self, node):
        if self.current.kind == SCOPE_MODULE:
            self.error_node("nonlocal declaration not allowed at module level", node)
        for name in node.names:
            if name in self.current.flags:
                f = self.current.flags[name]
                if f & F_PARAM:
                    self.error_node("name '%s' is parameter and nonlocal" % name, node)
                if f & F_ASSIGNED:
                    self.error_node("name '%s' is assigned to before nonlocal declaration"
                               % name, node)
                if f & F_USED:
                    self.error_node("name '%s' is used prior to nonlocal declaration" % name, node)
            self.current.note(name, F_NONLOCAL)

    def visit_ExprStmt(self, node):
        node.value.walkabout(self)

    # ---- expressions ----

    def visit_BoolOp(self, node):
        self.visit_exprs(node.values)

    def visit_NamedExpr(self, node):
        node.value.walkabout(self)
        # bind in the nearest non-comprehension scope
        scope = self.current
        while scope.name.startswith("<") and scope.name.endswith("comp>") \
                and scope.parent is not None:
            scope = scope.parent
        if isinstance(node.target, ast.Name):
            scope.note(node.target.id, F_ASSIGNED)
            if scope is not self.current:
                self.current.note(node.target.id, F_USED)

    def visit_BinOp(self, node):
        node.left.walkabout(self)
        node.right.walkabout(self)

    def visit_UnaryOp(self, node):
        node.operand.walkabout(self)

    def visit_IfExp(self, node):
        node.test.walkabout(self)
        node.body.walkabout(self)
        node.orelse.walkabout(self)

    def visit_DictExpr(self, node):
        self.visit_exprs(node.keys)
        self.visit_exprs(node.values)

    def visit_SetExpr(self, node):
        self.visit_exprs(node.elts)

    def visit_comprehension(self, node, name, generators, elts):
        first = generators[0]
        first.iter.walkabout(self)
        scope = self.push(node, name, SCOPE_FUNCTION, node.lineno)
        scope.note(".0", F_PARAM)
        scope.params.append(".0")
        for i in range(len(generators)):
            gen = generators[i]
            if i > 0:
                gen.iter.walkabout(self)
            gen.target.walkabout(self)
            self.visit_exprs(gen.ifs)
        self.visit_exprs(elts)
        self.pop()
        return scope

    def visit_ListComp(self, node):
        self.visit_comprehension(node, "<listcomp>", node.generators, [node.elt])

    def visit_SetComp(self, node):
        self.visit_comprehension(node, "<setcomp>", node.generators, [node.elt])

    def visit_DictComp(self, node):
        self.visit_comprehension(node, "<dictcomp>", node.generators,
                                 [node.key, node.value])

    def visit_GeneratorExp(self, node):
        scope = self.visit_comprehension(node, "<genexpr>", node.generators,
                                         [node.elt])
        scope.is_generator = True

    def visit_Yield(self, node):
        if self.current.kind != SCOPE_FUNCTION:
            self.error_node("'yield' outside function", node)
        self.current.is_generator = True
        if node.value is not None:
            node.value.walkabout(self)

    def visit_YieldFrom(self, node):
        if self.current.kind != SCOPE_FUNCTION:
            self.error_node("'yield' outside function", node)
        self.current.is_generator = True
        node.value.walkabout(self)

    def visit_Compare(self, node):
        node.left.walkabout(self)
        self.visit_exprs(node.comparators)

    def visit_Call(self, node):
        node.func.walkabout(self)
        self.visit_exprs(node.args)
        for kw in node.keywords:
            kw.value.walkabout(self)
        if isinstance(node.func, ast.Name) and node.func.id == "super" and \
                len(node.args) == 0:
            self.current.uses_super = True

    def visit_FormattedValue(self, node):
        node.value.walkabout(self)
        if node.format_spec is not None:
            node.format_spec.walkabout(self)

    def visit_JoinedStr(self, node):
        self.visit_exprs(node.values)

    def visit_Attribute(self, node):
        node.value.walkabout(self)

    def visit_Subscript(self, node):
        node.value.walkabout(self)
        node.index.walkabout(self)

    def visit_Starred(self, node):
        node.value.walkabout(self)

    def visit_Name(self, node):
        if node.ctx == ast.LOAD:
            self.current.note(node.id, F_USED)
        else:
            self.current.note(node.id, F_ASSIGNED)

    def visit_ListExpr(self, node):
        self.visit_exprs(node.elts)

    def visit_TupleExpr(self, node):
        self.visit_exprs(node.elts)

    def visit_Slice(self, node):
        if node.lower is not None:
            node.lower.walkabout(self)
        if node.upper is not None:
            node.upper.walkabout(self)
        if node.step is not None:
            node.step.walkabout(self)

    # ---- resolution ----

    def resolve(self, scope):
        if scope.kind == SCOPE_FUNCTION:
            for name in scope.params:
                scope.varnames.append(name)
        for name in scope.order:
            f = scope.flags[name]
            if f & F_GLOBAL:
                scope.resolved[name] = SC_GLOBAL_EXPLICIT
            elif f & F_NONLOCAL:
                self.resolve_free(scope, name, True)
            elif f & (F_ASSIGNED | F_PARAM):
                if scope.kind == SCOPE_MODULE:
                    scope.resolved[name] = SC_GLOBAL_IMPLICIT
                else:
                    scope.resolved[name] = SC_LOCAL
                    if scope.kind == SCOPE_FUNCTION and name not in scope.varnames:
                        scope.varnames.append(name)
        # super() inside a method: make __class__ a free variable
        if scope.kind == SCOPE_FUNCTION and scope.uses_super:
            self.resolve_free(scope, "__class__", False)
        for child in scope.children:
            self.resolve(child)
        # names used but not bound here: free or global
        for name in scope.order:
            if name in scope.resolved:
                continue
            if scope.kind == SCOPE_MODULE:
                scope.resolved[name] = SC_GLOBAL_IMPLICIT
                continue
            self.resolve_free(scope, name, False)

    def resolve_free(self, scope, name, is_nonlocal):
        # search enclosing function scopes
        path = []
        anc = scope.parent
        while anc is not None:
            if anc.kind == SCOPE_MODULE:
                break
            if anc.kind == SCOPE_CLASS:
                if name == "__class__":
                    anc.needs_class_cell = True
                    anc.add_cell("__class__")
                    self.mark_free_path(scope, path, name)
                    return
                path.append(anc)
                anc = anc.parent
                continue
            if name in anc.flags:
                f = anc.flags[name]
                if f & F_GLOBAL:
                    break
                if anc.is_bound_here(name):
                    anc.add_cell(name)
                    self.mark_free_path(scope, path, name)
                    return
                if f & F_NONLOCAL:
                    # it is free in anc too; continue searching above
                    path.append(anc)
                    anc = anc.parent
                    continue
            path.append(anc)
            anc = anc.parent
        if is_nonlocal:
            self.error("no binding for nonlocal '%s' found" % name, scope.lineno)
        scope.resolved[name] = SC_GLOBAL_IMPLICIT

    def mark_free_path(self, scope, path, name):
        scope.add_free(name)
        for s in path:
            s.add_free(name)
