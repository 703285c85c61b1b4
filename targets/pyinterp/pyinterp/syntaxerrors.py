"""CPython 3.11's SyntaxError messages for invalid assignment / deletion
targets (`cannot assign to function call here. Maybe you meant '=='
instead of '='?`, `cannot delete literal`, `'tuple' is an illegal
expression for augmented assignment`...), used by the parser."""

from pyinterp import astnodes as ast
from pyinterp import operators as ops


def expr_name(node):
    """How CPython names an expression in its error messages
    (_PyPegen_get_expr_name)."""
    if isinstance(node, ast.Call):
        return "function call"
    if isinstance(node, ast.Attribute):
        return "attribute"
    if isinstance(node, ast.Subscript):
        return "subscript"
    if isinstance(node, ast.Starred):
        return "starred"
    if isinstance(node, ast.Name):
        return "name"
    if isinstance(node, ast.ListExpr):
        return "list"
    if isinstance(node, ast.TupleExpr):
        return "tuple"
    if isinstance(node, ast.NameConst):
        if node.kind == ast.CONST_NONE:
            return "None"
        if node.kind == ast.CONST_TRUE:
            return "True"
        if node.kind == ast.CONST_FALSE:
            return "False"
        return "ellipsis"
    if isinstance(node, ast.IntConst) or isinstance(node, ast.BigIntConst) \
            or isinstance(node, ast.FloatConst) or \
            isinstance(node, ast.StrConst) or isinstance(node, ast.BytesConst):
        return "literal"
    if isinstance(node, ast.Compare):
        return "comparison"
    if isinstance(node, ast.Lambda):
        return "lambda"
    if isinstance(node, ast.IfExp):
        return "conditional expression"
    if isinstance(node, ast.NamedExpr):
        return "named expression"
    if isinstance(node, ast.DictExpr):
        return "dict literal"
    if isinstance(node, ast.SetExpr):
        return "set display"
    if isinstance(node, ast.ListComp):
        return "list comprehension"
    if isinstance(node, ast.SetComp):
        return "set comprehension"
    if isinstance(node, ast.DictComp):
        return "dict comprehension"
    if isinstance(node, ast.GeneratorExp):
        return "generator expression"
    if isinstance(node, ast.Yield) or isinstance(node, ast.YieldFrom):
        return "yield expression"
    if isinstance(node, ast.JoinedStr) or \
            isinstance(node, ast.FormattedValue):
        return "f-string expression"
    return "expression"


def invalid_target(node, allow_starred):
    """The first node of an assignment / deletion target that cannot be
    assigned to (a Name, Attribute or Subscript, or a tuple / list of
    targets), or None if the target is valid."""
    if isinstance(node, ast.Name) or isinstance(node, ast.Attribute) or \
            isinstance(node, ast.Subscript):
        return None
    if isinstance(node, ast.TupleExpr):
        for e in node.elts:
            bad = invalid_target(e, allow_starred)
            if bad is not None:
                return bad
        return None
    if isinstance(node, ast.ListExpr):
        for e in node.elts:
            bad = invalid_target(e, allow_starred)
            if bad is not None:
                return bad
        return None
    if isinstance(node, ast.Starred) and allow_starred:
        return invalid_target(node.value, allow_starred)
    return node


def is_bitwise_or_level(node):
    """Whether the expression is a CPython `bitwise_or` (no comparison,
    boolean operator, `not`, conditional, lambda or starred item)."""
    if isinstance(node, ast.Compare) or isinstance(node, ast.BoolOp) or \
            isinstance(node, ast.IfExp) or isinstance(node, ast.Lambda) or \
            isinstance(node, ast.NamedExpr) or isinstance(node, ast.Starred):
        return False
    if isinstance(node, ast.UnaryOp) and node.op == ops.UNARY_NOT:
        return False
    return True


def assign_here_allowed(node):
    """CPython's `!(list|tuple|genexp|'True'|'None'|'False') bitwise_or`
    before `cannot assign to %s here. Maybe you meant '==' ...`."""
    if isinstance(node, ast.ListExpr) or isinstance(node, ast.TupleExpr) \
            or isinstance(node, ast.GeneratorExp):
        return False
    if isinstance(node, ast.NameConst) and node.kind != ast.CONST_ELLIPSIS:
        return False
    return is_bitwise_or_level(node)


def target_message(node, verb):
    """`cannot assign to X` / `cannot delete X` (verb: "assign to" or
    "delete")."""
    return "cannot %s %s" % (verb, expr_name(node))


def augassign_message(node):
    return "'%s' is an illegal expression for augmented assignment" \
        % expr_name(node)
