"""AST node classes (generated once by hand-run script; edit freely)."""

# expression contexts
LOAD = 0
STORE = 1
DEL = 2

# NameConst kinds
CONST_NONE = 0
CONST_TRUE = 1
CONST_FALSE = 2
CONST_ELLIPSIS = 3


class Node(object):
    lineno = 0
    col = -1        # 0-based column of the first token (set by the parser)
    end_lineno = 0  # line and column after the last token
    end_col = -1

    def walkabout(self, visitor):
        raise NotImplementedError


class Stmt(Node):
    pass


class Expr(Node):
    pass


class Visitor(object):
    """Base visitor: default_visit is called for nodes without a specific method."""

    def default_visit(self, node):
        raise NotImplementedError

    def visit_Module(self, node):
        return self.default_visit(node)

    def visit_FunctionDef(self, node):
        return self.default_visit(node)

    def visit_ClassDef(self, node):
        return self.default_visit(node)

    def visit_Return(self, node):
        return self.default_visit(node)

    def visit_Delete(self, node):
        return self.default_visit(node)

    def visit_Assign(self, node):
        return self.default_visit(node)

    def visit_AugAssign(self, node):
        return self.default_visit(node)

    def visit_AnnAssign(self, node):
        return self.default_visit(node)

    def visit_For(self, node):
        return self.default_visit(node)

    def visit_While(self, node):
        return self.default_visit(node)

    def visit_If(self, node):
        return self.default_visit(node)

    def visit_With(self, node):
        return self.default_visit(node)

    def visit_Raise(self, node):
        return self.default_visit(node)

    def visit_Try(self, node):
        return self.default_visit(node)

    def visit_Assert(self, node):
        return self.default_visit(node)

    def visit_Import(self, node):
        return self.default_visit(node)

    def visit_ImportFrom(self, node):
        return self.default_visit(node)

    def visit_Global(self, node):
        return self.default_visit(node)

    def visit_Nonlocal(self, node):
        return self.default_visit(node)

    def visit_ExprStmt(self, node):
        return self.default_visit(node)

    def visit_Pass(self, node):
        return self.default_visit(node)

    def visit_Break(self, node):
        return self.default_visit(node)

    def visit_Continue(self, node):
        return self.default_visit(node)

    def visit_BoolOp(self, node):
        return self.default_visit(node)

    def visit_NamedExpr(self, node):
        return self.default_visit(node)

    def visit_BinOp(self, node):
        return self.default_visit(node)

    def visit_UnaryOp(self, node):
        return self.default_visit(node)

    def visit_Lambda(self, node):
        return self.default_visit(node)

    def visit_IfExp(self, node):
        return self.default_visit(node)

    def visit_DictExpr(self, node):
        return self.default_visit(node)

    def visit_SetExpr(self, node):
        return self.default_visit(node)

    def visit_ListComp(self, node):
        return self.default_visit(node)

    def visit_SetComp(self, node):
        return self.default_visit(node)

    def visit_DictComp(self, node):
        return self.default_visit(node)

    def visit_GeneratorExp(self, node):
        return self.default_visit(node)

    def visit_Yield(self, node):
        return self.default_visit(node)

    def visit_YieldFrom(self, node):
        return self.default_visit(node)

    def visit_Compare(self, node):
        return self.default_visit(node)

    def visit_Call(self, node):
        return self.default_visit(node)

    def visit_FormattedValue(self, node):
        return self.default_visit(node)

    def visit_JoinedStr(self, node):
        return self.default_visit(node)

    def visit_IntConst(self, node):
        return self.default_visit(node)

    def visit_BigIntConst(self, node):
        return self.default_visit(node)

    def visit_FloatConst(self, node):
        return self.default_visit(node)

    def visit_StrConst(self, node):
        return self.default_visit(node)

    def visit_BytesConst(self, node):
        return self.default_visit(node)

    def visit_NameConst(self, node):
        return self.default_visit(node)

    def visit_Attribute(self, node):
        return self.default_visit(node)

    def visit_Subscript(self, node):
        return self.default_visit(node)

    def visit_Starred(self, node):
        return self.default_visit(node)

    def visit_Name(self, node):
        return self.default_visit(node)

    def visit_ListExpr(self, node):
        return self.default_visit(node)

    def visit_TupleExpr(self, node):
        return self.default_visit(node)

    def visit_Slice(self, node):
        return self.default_visit(node)

    def visit_Comprehension(self, node):
        return self.default_visit(node)

    def visit_ExceptHandler(self, node):
        return self.default_visit(node)

    def visit_Arguments(self, node):
        return self.default_visit(node)

    def visit_Keyword(self, node):
        return self.default_visit(node)

    def visit_Alias(self, node):
        return self.default_visit(node)

    def visit_WithItem(self, node):
        return self.default_visit(node)


class Module(Node):
    def __init__(self, body, lineno):
        self.body = body
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Module(self)


class FunctionDef(Stmt):
    def __init__(self, name, args, body, decorators, is_lambda, lineno):
        self.name = name
        self.args = args
        self.body = body
        self.decorators = decorators
        self.is_lambda = is_lambda
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_FunctionDef(self)


class ClassDef(Stmt):
    def __init__(self, name, bases, keywords, body, decorators, lineno):
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorators = decorators
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_ClassDef(self)


class Return(Stmt):
    def __init__(self, value, lineno):
        self.value = value
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Return(self)


class Delete(Stmt):
    def __init__(self, targets, lineno):
        self.targets = targets
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Delete(self)


class Assign(Stmt):
    def __init__(self, targets, value, lineno):
        self.targets = targets
        self.value = value
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Assign(self)


class AugAssign(Stmt):
    def __init__(self, target, op, value, lineno):
        self.target = target
        self.op = op
        self.value = value
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_AugAssign(self)


class AnnAssign(Stmt):
    def __init__(self, target, annotation, value, lineno):
        self.target = target
        self.annotation = annotation
        self.value = value
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_AnnAssign(self)


class For(Stmt):
    def __init__(self, target, iter, body, orelse, lineno):
        self.target = target
        self.iter = iter
        self.body = body
        self.orelse = orelse
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_For(self)


class While(Stmt):
    def __init__(self, test, body, orelse, lineno):
        self.test = test
        self.body = body
        self.orelse = orelse
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_While(self)


class If(Stmt):
    def __init__(self, test, body, orelse, lineno):
        self.test = test
        self.body = body
        self.orelse = orelse
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_If(self)


class With(Stmt):
    def __init__(self, items, body, lineno):
        self.items = items
        self.body = body
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_With(self)


class Raise(Stmt):
    def __init__(self, exc, cause, lineno):
        self.exc = exc
        self.cause = cause
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Raise(self)


class Try(Stmt):
    def __init__(self, body, handlers, orelse, finalbody, lineno):
        self.body = body
        self.handlers = handlers
        self.orelse = orelse
        self.finalbody = finalbody
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Try(self)


class Assert(Stmt):
    def __init__(self, test, msg, lineno):
        self.test = test
        self.msg = msg
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Assert(self)


class Import(Stmt):
    def __init__(self, names, lineno):
        self.names = names
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Import(self)


class ImportFrom(Stmt):
    def __init__(self, module, names, level, lineno):
        self.module = module
        self.names = names
        self.level = level
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_ImportFrom(self)


class Global(Stmt):
    def __init__(self, names, lineno):
        self.names = names
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Global(self)


class Nonlocal(Stmt):
    def __init__(self, names, lineno):
        self.names = names
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Nonlocal(self)


class ExprStmt(Stmt):
    def __init__(self, value, lineno):
        self.value = value
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_ExprStmt(self)


class Pass(Stmt):
    def __init__(self, lineno):
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Pass(self)


class Break(Stmt):
    def __init__(self, lineno):
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Break(self)


class Continue(Stmt):
    def __init__(self, lineno):
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Continue(self)


class BoolOp(Expr):
    def __init__(self, op, values, lineno):
        self.op = op
        self.values = values
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_BoolOp(self)


class NamedExpr(Expr):
    def __init__(self, target, value, lineno):
        self.target = target
        self.value = value
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_NamedExpr(self)


class BinOp(Expr):
    def __init__(self, left, op, right, lineno):
        self.left = left
        self.op = op
        self.right = right
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_BinOp(self)


class UnaryOp(Expr):
    def __init__(self, op, operand, lineno):
        self.op = op
        self.operand = operand
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_UnaryOp(self)


class Lambda(Expr):
    def __init__(self, args, body, lineno):
        self.args = args
        self.body = body
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Lambda(self)


class IfExp(Expr):
    def __init__(self, test, body, orelse, lineno):
        self.test = test
        self.body = body
        self.orelse = orelse
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_IfExp(self)


class DictExpr(Expr):
    def __init__(self, keys, values, lineno):
        self.keys = keys
        self.values = values
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_DictExpr(self)


class SetExpr(Expr):
    def __init__(self, elts, lineno):
        self.elts = elts
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_SetExpr(self)


class ListComp(Expr):
    def __init__(self, elt, generators, lineno):
        self.elt = elt
        self.generators = generators
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_ListComp(self)


class SetComp(Expr):
    def __init__(self, elt, generators, lineno):
        self.elt = elt
        self.generators = generators
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_SetComp(self)


class DictComp(Expr):
    def __init__(self, key, value, generators, lineno):
        self.key = key
        self.value = value
        self.generators = generators
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_DictComp(self)


class GeneratorExp(Expr):
    def __init__(self, elt, generators, lineno):
        self.elt = elt
        self.generators = generators
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_GeneratorExp(self)


class Yield(Expr):
    def __init__(self, value, lineno):
        self.value = value
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Yield(self)


class YieldFrom(Expr):
    def __init__(self, value, lineno):
        self.value = value
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_YieldFrom(self)


class Compare(Expr):
    def __init__(self, left, ops, comparators, lineno):
        self.left = left
        self.ops = ops
        self.comparators = comparators
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Compare(self)


class Call(Expr):
    def __init__(self, func, args, keywords, lineno):
        self.func = func
        self.args = args
        self.keywords = keywords
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Call(self)


class FormattedValue(Expr):
    def __init__(self, value, conversion, format_spec, lineno):
        self.value = value
        self.conversion = conversion
        self.format_spec = format_spec
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_FormattedValue(self)


class JoinedStr(Expr):
    def __init__(self, values, lineno):
        self.values = values
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_JoinedStr(self)


class IntConst(Expr):
    def __init__(self, value, lineno):
        self.value = value
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_IntConst(self)


class BigIntConst(Expr):
    def __init__(self, digits, base, lineno):
        self.digits = digits
        self.base = base
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_BigIntConst(self)


class FloatConst(Expr):
    def __init__(self, value, lineno):
        self.value = value
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_FloatConst(self)


class StrConst(Expr):
    def __init__(self, value, lineno):
        self.value = value
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_StrConst(self)


class BytesConst(Expr):
    def __init__(self, value, lineno):
        self.value = value
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_BytesConst(self)


class NameConst(Expr):
    def __init__(self, kind, lineno):
        self.kind = kind
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_NameConst(self)


class Attribute(Expr):
    def __init__(self, value, attr, ctx, lineno):
        self.value = value
        self.attr = attr
        self.ctx = ctx
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Attribute(self)


class Subscript(Expr):
    def __init__(self, value, index, ctx, lineno):
        self.value = value
        self.index = index
        self.ctx = ctx
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Subscript(self)


class Starred(Expr):
    def __init__(self, value, ctx, lineno):
        self.value = value
        self.ctx = ctx
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Starred(self)


class Name(Expr):
    def __init__(self, id, ctx, lineno):
        self.id = id
        self.ctx = ctx
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Name(self)


class ListExpr(Expr):
    def __init__(self, elts, ctx, lineno):
        self.elts = elts
        self.ctx = ctx
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_ListExpr(self)


class TupleExpr(Expr):
    def __init__(self, elts, ctx, lineno):
        self.elts = elts
        self.ctx = ctx
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_TupleExpr(self)


class Slice(Expr):
    def __init__(self, lower, upper, step, lineno):
        self.lower = lower
        self.upper = upper
        self.step = step
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Slice(self)


class Comprehension(Node):
    def __init__(self, target, iter, ifs, lineno):
        self.target = target
        self.iter = iter
        self.ifs = ifs
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Comprehension(self)


class ExceptHandler(Node):
    def __init__(self, type, name, body, lineno):
        self.type = type
        self.name = name
        self.body = body
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_ExceptHandler(self)


class Arguments(Node):
    def __init__(self, posargs, defaults, vararg, kwonlyargs, kw_defaults, kwarg, posonlycount, lineno):
        self.posargs = posargs
        self.defaults = defaults
        self.vararg = vararg
        self.kwonlyargs = kwonlyargs
        self.kw_defaults = kw_defaults
        self.kwarg = kwarg
        self.posonlycount = posonlycount
        self.lineno = lineno
        # annotations in source order ("return" last), evaluated at def time
        self.ann_names = []
        self.ann_values = []

    def walkabout(self, visitor):
        return visitor.visit_Arguments(self)


class Keyword(Node):
    def __init__(self, arg, value, lineno):
        self.arg = arg
        self.value = value
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Keyword(self)


class Alias(Node):
    def __init__(self, name, asname, lineno):
        self.name = name
        self.asname = asname
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_Alias(self)


class WithItem(Node):
    def __init__(self, context_expr, optional_vars, lineno):
        self.context_expr = context_expr
        self.optional_vars = optional_vars
        self.lineno = lineno

    def walkabout(self, visitor):
        return visitor.visit_WithItem(self)
