"""Recursive-descent parser: tokens -> AST (pyinterp.astnodes).

Binary operators are parsed by precedence climbing over BINOP_PREC.
"""

from pyinterp import astnodes as ast
from pyinterp import operators as ops
from pyinterp.tokenizer import (tokenize, decode_escapes, T_ENDMARKER,
                                T_NAME, T_NUMBER, T_STRING, T_OP, T_NEWLINE,
                                T_INDENT, T_DEDENT)
from pyinterp.error import SyntaxErr
from pyinterp.rlib import ovfcheck, string_to_float

KEYWORDS = {}
for _kw in ["False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else",
            "except", "finally", "for", "from", "global", "if", "import",
            "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield"]:
    KEYWORDS[_kw] = True

# operator -> (precedence, opcode); higher binds tighter
BINOP_PREC = {
    "|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5,
    "*": 6, "/": 6, "//": 6, "%": 6, "@": 6,
}
BINOP_CODE = {
    "|": ops.OP_OR, "^": ops.OP_XOR, "&": ops.OP_AND, "<<": ops.OP_LSHIFT,
    ">>": ops.OP_RSHIFT, "+": ops.OP_ADD, "-": ops.OP_SUB, "*": ops.OP_MUL,
    "/": ops.OP_TRUEDIV, "//": ops.OP_FLOORDIV, "%": ops.OP_MOD,
    "@": ops.OP_MATMUL, "**": ops.OP_POW,
}
AUGASSIGN = {
    "+=": ops.OP_ADD, "-=": ops.OP_SUB, "*=": ops.OP_MUL, "@=": ops.OP_MATMUL,
    "/=": ops.OP_TRUEDIV, "//=": ops.OP_FLOORDIV, "%=": ops.OP_MOD,
    "**=": ops.OP_POW, "<<=": ops.OP_LSHIFT, ">>=": ops.OP_RSHIFT,
    "&=": ops.OP_AND, "|=": ops.OP_OR, "^=": ops.OP_XOR,
}
COMPARE_OPS = {
    "<": ops.CMP_LT, "<=": ops.CMP_LE, "==": ops.CMP_EQ, "!=": ops.CMP_NE,
    ">": ops.CMP_GT, ">=": ops.CMP_GE,
}


def digit_value(c):
    if "0" <= c <= "9":
        return ord(c) - ord("0")
    if "a" <= c <= "z":
        return ord(c) - ord("a") + 10
    if "A" <= c <= "Z":
        return ord(c) - ord("A") + 10
    return 99


class Parser(object):
    def __init__(self, tokens, filename):
        self.tokens = tokens
        self.pos = 0
        self.filename = filename

    # ---- token helpers ----

    def peek(self):
        return self.tokens[self.pos]

    def peek_at(self, k):
        i = self.pos + k
        if i >= len(self.tokens):
            i = len(self.tokens) - 1
        return self.tokens[i]

    def next(self):
        tok = self.tokens[self.pos]
        if self.pos < len(self.tokens) - 1:
            self.pos += 1
        return tok

    def error(self, msg):
        tok = self.peek()
        raise SyntaxErr(msg, self.filename, tok.lineno, tok.col + 1)

    def error_after_previous(self, msg):
        """A SyntaxError placed just after the previous token (CPython's
        caret for "expected ':'")."""
        if self.pos == 0:
            self.error(msg)
        prev = self.tokens[self.pos - 1]
        tok = self.peek()
        col = prev.col + len(prev.value) + 1
        if tok.lineno != prev.lineno or tok.col + 1 < col:
            col = tok.col + 1
        raise SyntaxErr(msg, self.filename, prev.lineno, col)

    def indent_error(self, msg):
        tok = self.peek()
        e = SyntaxErr(msg, self.filename, tok.lineno, tok.col + 1)
        e.indentation = True
        raise e

    def check_op(self, value):
        tok = self.tokens[self.pos]
        return tok.type == T_OP and tok.value == value

    def check_kw(self, value):
        tok = self.tokens[self.pos]
        return tok.type == T_NAME and tok.value == value

    def accept_op(self, value):
        if self.check_op(value):
            self.next()
            return True
        return False

    def accept_kw(self, value):
        if self.check_kw(value):
            self.next()
            return True
        return False

    def expect_op(self, value):
        if not self.check_op(value):
            if value == ":":
                self.error_after_previous("expected ':'")
            self.error("invalid syntax (expected '%s')" % value)
        return self.next()

    def expect_kw(self, value):
        if not self.check_kw(value):
            self.error("invalid syntax (expected '%s')" % value)
        return self.next()

    def expect_name(self):
        tok = self.peek()
        if tok.type != T_NAME or tok.value in KEYWORDS:
            self.error("invalid syntax")
        self.next()
        return tok.value

    def at_newline(self):
        return self.peek().type == T_NEWLINE

    # ---- module and statements ----

    def parse_module(self):
        body = []
        while self.peek().type != T_ENDMARKER:
            if self.peek().type == T_NEWLINE:
                self.next()
                continue
            self.parse_statement(body)
        return ast.Module(body, 1)

    def parse_statement(self, body):
        tok = self.peek()
        if tok.type == T_INDENT:
            self.indent_error("unexpected indent")
        if tok.type == T_NAME:
            v = tok.value
            if v == "if":
                body.append(self.parse_if())
                return
            if v == "while":
                body.append(self.parse_while())
                return
            if v == "for":
                body.append(self.parse_for())
                return
            if v == "try":
                body.append(self.parse_try())
                return
            if v == "with":
                body.append(self.parse_with())
                return
            if v == "def":
                body.append(self.parse_funcdef([]))
                return
            if v == "class":
                body.append(self.parse_classdef([]))
                return
        if tok.type == T_OP and tok.value == "@":
            body.append(self.parse_decorated())
            return
        self.parse_simple_statements(body)

    def parse_simple_statements(self, body):
        while True:
            body.append(self.parse_small_statement())
            if not self.accept_op(";"):
                break
            if self.at_newline():
                break
        if self.peek().type != T_NEWLINE:
            self.error("invalid syntax")
        self.next()

    def parse_block(self, what="", header_line=0):
        """`: NEWLINE INDENT stmts DEDENT` or `: simple statements`; `what`
        names the statement for the IndentationError message."""
        self.expect_op(":")
        body = []
        if self.peek().type == T_NEWLINE:
            self.next()
            if self.peek().type != T_INDENT:
                if what == "":
                    self.indent_error("expected an indented block")
                self.indent_error("expected an indented block after %s on line %d"
                                  % (what, header_line))
            self.next()
            while self.peek().type != T_DEDENT and self.peek().type != T_ENDMARKER:
                if self.peek().type == T_NEWLINE:
                    self.next()
                    continue
                self.parse_statement(body)
            self.next()
        else:
            self.parse_simple_statements(body)
        return body

    def parse_small_statement(self):
        tok = self.peek()
        lineno = tok.lineno
        if tok.type == T_NAME:
            v = tok.value
            if v == "pass":
                self.next()
                return ast.Pass(lineno)
            if v == "break":
                self.next()
                return ast.Break(lineno)
            if v == "continue":
                self.next()
                return ast.Continue(lineno)
            if v == "return":
                self.next()
                value = None
                if not self.at_stmt_end():
                    value = self.parse_testlist_star()
                return ast.Return(value, lineno)
            if v == "raise":
                self.next()
                exc = None
                cause = None
                if not self.at_stmt_end():
                    exc = self.parse_test()
                    if self.accept_kw("from"):
                        cause = self.parse_test()
                return ast.Raise(exc, cause, lineno)
            if v == "global" or v == "nonlocal":
                self.next()
                names = [self.expect_name()]
                while self.accept_op(","):
                    names.append(self.expect_name())
                if v == "global":
                    return ast.Global(names, lineno)
                return ast.Nonlocal(names, lineno)
            if v == "del":
                self.next()
                targets = [self.parse_expr()]
                while self.accept_op(","):
                    if self.at_stmt_end():
                        break
                    targets.append(self.parse_expr())
                for t in targets:
                    self.set_context(t, ast.DEL)
                return ast.Delete(targets, lineno)
            if v == "assert":
                self.next()
                test = self.parse_test()
                msg = None
                if self.accept_op(","):
                    msg = self.parse_test()
                return ast.Assert(test, msg, lineno)
            if v == "import":
                return self.parse_import()
            if v == "from":
                return self.parse_from_import()
        return self.parse_expr_statement()

    def at_stmt_end(self):
        tok = self.peek()
        return tok.type == T_NEWLINE or (tok.type == T_OP and tok.value == ";")

    def parse_dotted_name(self):
        name = self.expect_name()
        while self.accept_op("."):
            name = name + "." + self.expect_name()
        return name

    def parse_import(self):
        lineno = self.next().lineno
        names = []
        while True:
            name = self.parse_dotted_name()
            asname = None
            if self.accept_kw("as"):
                asname = self.expect_name()
            names.append(ast.Alias(name, asname, lineno))
            if not self.accept_op(","):
                break
        return ast.Import(names, lineno)

    def parse_from_import(self):
        lineno = self.next().lineno
        level = 0
        while True:
            if self.accept_op("."):
                level += 1
            elif self.accept_op("..."):
                level += 3
            else:
                break
        module = None
        if not self.check_kw("import"):
            module = self.parse_dotted_name()
        self.expect_kw("import")
        names = []
        if self.accept_op("*"):
            names.append(ast.Alias("*", None, lineno))
        else:
            paren = self.accept_op("(")
            while True:
                name = self.expect_name()
                asname = None
                if self.accept_kw("as"):
                    asname = self.expect_name()
                names.append(ast.Alias(name, asname, lineno))
                if not self.accept_op(","):
                    break
                if paren and self.check_op(")"):
                    break
            if paren:
                self.expect_op(")")
        return ast.ImportFrom(module, names, level, lineno)

    def parse_expr_statement(self):
        lineno = self.peek().lineno
        if self.check_kw("yield"):
            first = self.parse_yield()
        else:
            first = self.parse_testlist_star()
        tok = self.peek()
        if tok.type == T_OP:
            if tok.value == "=":
                targets = [first]
                value = first
                while self.accept_op("="):
                    if self.check_kw("yield"):
                        value = self.parse_yield()
                    else:
                        value = self.parse_testlist_star()
                    targets.append(value)
                targets.pop()
                for t in targets:
                    self.check_assign_target(t)
                    self.set_context(t, ast.STORE)
                return ast.Assign(targets, value, lineno)
            if tok.value in AUGASSIGN:
                self.next()
                op = AUGASSIGN[tok.value]
                if not (isinstance(first, ast.Name) or isinstance(first, ast.Attribute)
                        or isinstance(first, ast.Subscript)):
                    self.error("illegal expression for augmented assignment")
                if self.check_kw("yield"):
                    value = self.parse_yield()
                else:
                    value = self.parse_testlist()
                self.set_context(first, ast.STORE)
                return ast.AugAssign(first, op, value, lineno)
            if tok.value == ":":
                self.next()
                annotation = self.parse_test()
                value = None
                if self.accept_op("="):
                    value = self.parse_testlist_star()
                self.check_assign_target(first)
                self.set_context(first, ast.STORE)
                return ast.AnnAssign(first, annotation, value, lineno)
        return ast.ExprStmt(first, lineno)

    def check_assign_target(self, t):
        if isinstance(t, ast.Name) or isinstance(t, ast.Attribute) or \
                isinstance(t, ast.Subscript):
            return
        if isinstance(t, ast.TupleExpr):
            for e in t.elts:
                self.check_assign_target(e)
            return
        if isinstance(t, ast.ListExpr):
            for e in t.elts:
                self.check_assign_target(e)
            return
        if isinstance(t, ast.Starred):
            self.check_assign_target(t.value)
            return
        if isinstance(t, ast.Call):
            self.error("cannot assign to function call")
        self.error("cannot assign to expression")

    def set_context(self, t, ctx):
        if isinstance(t, ast.Name):
            t.ctx = ctx
        elif isinstance(t, ast.Attribute):
            t.ctx = ctx
        elif isinstance(t, ast.Subscript):
            t.ctx = ctx
        elif isinstance(t, ast.TupleExpr):
            t.ctx = ctx
            for e in t.elts:
                self.set_context(e, ctx)
        elif isinstance(t, ast.ListExpr):
            t.ctx = ctx
            for e in t.elts:
                self.set_context(e, ctx)
        elif isinstance(t, ast.Starred):
            t.ctx = ctx
            self.set_context(t.value, ctx)
        else:
            self.error("cannot assign to or delete expression")

    def parse_if(self):
        kw = self.next()        # 'if' or 'elif'
        lineno = kw.lineno
        test = self.parse_namedexpr_test()
        body = self.parse_block("'%s' statement" % kw.value, lineno)
        orelse = []
        if self.check_kw("elif"):
            orelse.append(self.parse_if())
        elif self.accept_kw("else"):
            orelse = self.parse_block("'else' statement", self.tokens[self.pos - 1].lineno)
        return ast.If(test, body, orelse, lineno)

    def parse_while(self):
        lineno = self.next().lineno
        test = self.parse_namedexpr_test()
        body = self.parse_block("'while' statement", lineno)
        orelse = []
        if self.accept_kw("else"):
            orelse = self.parse_block("'else' statement", self.tokens[self.pos - 1].lineno)
        return ast.While(test, body, orelse, lineno)

    def parse_for(self):
        lineno = self.next().lineno
        target = self.parse_target_list()
        self.expect_kw("in")
        it = self.parse_testlist()
        body = self.parse_block("'for' statement", lineno)
        orelse = []
        if self.accept_kw("else"):
            orelse = self.parse_block("'else' statement", self.tokens[self.pos - 1].lineno)
        return ast.For(target, it, body, orelse, lineno)

    def parse_target_list(self):
        """exprlist used as a for-target / comprehension target."""
        lineno = self.peek().lineno
        first = self.parse_star_or_expr()
        if not self.check_op(","):
            self.set_context(first, ast.STORE)
            return first
        elts = [first]
        while self.accept_op(","):
            if self.check_kw("in") or self.check_op("="):
                break
            elts.append(self.parse_star_or_expr())
        t = ast.TupleExpr(elts, ast.STORE, lineno)
        self.set_context(t, ast.STORE)
        return t

    def parse_star_or_expr(self):
        if self.check_op("*"):
            lineno = self.next().lineno
            return ast.Starred(self.parse_expr(), ast.LOAD, lineno)
        return self.parse_expr()

    def parse_try(self):
        lineno = self.next().lineno
        body = self.parse_block("'try' statement", lineno)
        handlers = []
        orelse = []
        finalbody = []
        while self.check_kw("except"):
            hline = self.next().lineno
            etype = None
            name = None
            if not self.check_op(":"):
                etype = self.parse_test()
                if self.check_op(","):
                    elts = [etype]
                    while self.accept_op(","):
                        elts.append(self.parse_test())
                    etype = ast.TupleExpr(elts, ast.LOAD, hline)
                if self.accept_kw("as"):
                    name = self.expect_name()
            hbody = self.parse_block("'except' statement", hline)
            handlers.append(ast.ExceptHandler(etype, name, hbody, hline))
        if len(handlers) > 0 and self.accept_kw("else"):
            orelse = self.parse_block("'else' statement", self.tokens[self.pos - 1].lineno)
        if self.accept_kw("finally"):
            finalbody = self.parse_block("'finally' statement", self.tokens[self.pos - 1].lineno)
        if len(handlers) == 0 and len(finalbody) == 0:
            self.error("expected 'except' or 'finally' block")
        return ast.Try(body, handlers, orelse, finalbody, lineno)

    def parse_with(self):
        lineno = self.next().lineno
        items = []
        while True:
            expr = self.parse_test()
            target = None
            if self.accept_kw("as"):
                target = self.parse_target_atom()
                self.set_context(target, ast.STORE)
            items.append(ast.WithItem(expr, target, lineno))
            if not self.accept_op(","):
                break
        body = self.parse_block("'with' statement", lineno)
        return ast.With(items, body, lineno)

    def parse_target_atom(self):
        return self.parse_expr()

    def parse_decorated(self):
        decorators = []
        while self.check_op("@"):
            self.next()
            decorators.append(self.parse_namedexpr_test())
            if self.peek().type != T_NEWLINE:
                self.error("invalid syntax")
            self.next()
        if self.check_kw("def"):
            return self.parse_funcdef(decorators)
        if self.check_kw("class"):
            return self.parse_classdef(decorators)
        self.error("invalid syntax")
        return None

    def parse_funcdef(self, decorators):
        lineno = self.next().lineno
        name = self.expect_name()
        self.expect_op("(")
        args = self.parse_arguments(")", True)
        self.expect_op(")")
        if self.accept_op("->"):
            self.parse_test()
        body = self.parse_block("function definition", lineno)
        return ast.FunctionDef(name, args, body, decorators, False, lineno)

    def parse_arguments(self, closing, allow_annotations):
        lineno = self.peek().lineno
        posargs = []
        defaults = []
        vararg = None
        kwonly = []
        kw_defaults = []
        kwarg = None
        posonlycount = 0
        seen_star = False
        while not self.check_op(closing):
            if self.accept_op("**"):
                kwarg = self.expect_name()
                if allow_annotations and self.accept_op(":"):
                    self.parse_test()
                self.accept_op(",")
                break
            if self.accept_op("*"):
                if seen_star:
                    self.error("* argument may appear only once")
                seen_star = True
                if not self.check_op(",") and not self.check_op(closing):
                    vararg = self.expect_name()
                    if allow_annotations and self.accept_op(":"):
                        self.parse_test()
            elif self.accept_op("/"):
                posonlycount = len(posargs)
            else:
                name = self.expect_name()
                if allow_annotations and self.accept_op(":"):
                    self.parse_test()
                default = None
                if self.accept_op("="):
                    default = self.parse_test()
                if seen_star:
                    kwonly.append(name)
                    kw_defaults.append(default)
                else:
                    posargs.append(name)
                    if default is not None:
                        defaults.append(default)
                    elif len(defaults) > 0:
                        self.error("non-default argument follows default argument")
            if not self.accept_op(","):
                break
        return ast.Arguments(posargs, defaults, vararg, kwonly, kw_defaults,
                             kwarg, posonlycount, lineno)

    def parse_classdef(self, decorators):
        lineno = self.next().lineno
        name = self.expect_name()
        bases = []
        keywords = []
        if self.accept_op("("):
            self.parse_call_args(bases, keywords)
            self.expect_op(")")
        body = self.parse_block("class definition", lineno)
        return ast.ClassDef(name, bases, keywords, body, decorators, lineno)

    # ---- expressions ----

    def parse_testlist_star(self):
        """Expression list allowing starred items; builds a tuple if there
        is a comma."""
        lineno = self.peek().lineno
        first = self.parse_star_or_test()
        if not self.check_op(","):
            return first
        elts = [first]
        while self.accept_op(","):
            if self.at_expr_list_end():
                break
            elts.append(self.parse_star_or_test())
        return ast.TupleExpr(elts, ast.LOAD, lineno)

    def parse_testlist(self):
        return self.parse_testlist_star()

    def at_expr_list_end(self):
        tok = self.peek()
        if tok.type == T_NEWLINE or tok.type == T_ENDMARKER:
            return True
        if tok.type == T_OP:
            v = tok.value
            return (v == "=" or v == ")" or v == "]" or v == "}" or v == ";"
                    or v == ":" or v in AUGASSIGN)
        return False

    def parse_star_or_test(self):
        if self.check_op("*"):
            lineno = self.next().lineno
            return ast.Starred(self.parse_expr(), ast.LOAD, lineno)
        return self.parse_namedexpr_test()

    def parse_namedexpr_test(self):
        tok = self.peek()
        if tok.type == T_NAME and self.peek_at(1).type == T_OP and \
                self.peek_at(1).value == ":=":
            name = self.expect_name()
            self.next()
            value = self.parse_test()
            return ast.NamedExpr(ast.Name(name, ast.STORE, tok.lineno), value,
                                 tok.lineno)
        return self.parse_test()

    def parse_test(self):
        if self.check_kw("lambda"):
            return self.parse_lambda()
        lineno = self.peek().lineno
        expr = self.parse_or_test()
        if self.check_kw("if"):
            self.next()
            test = self.parse_or_test()
            self.expect_kw("else")
            orelse = self.parse_test()
            return ast.IfExp(test, expr, orelse, lineno)
        return expr

    def parse_test_nocond(self):
        if self.check_kw("lambda"):
            return self.parse_lambda()
        return self.parse_or_test()

    def parse_lambda(self):
        lineno = self.next().lineno
        args = self.parse_arguments(":", False)
        self.expect_op(":")
        body = self.parse_test()
        return ast.Lambda(args, body, lineno)

    def parse_or_test(self):
        lineno = self.peek().lineno
        first = self.parse_and_test()
        if not self.check_kw("or"):
            return first
        values = [first]
        while self.accept_kw("or"):
            values.append(self.parse_and_test())
        return ast.BoolOp(ops.BOOL_OR, values, lineno)

    def parse_and_test(self):
        lineno = self.peek().lineno
        first = self.parse_not_test()
        if not self.check_kw("and"):
            return first
        values = [first]
        while self.accept_kw("and"):
            values.append(self.parse_not_test())
        return ast.BoolOp(ops.BOOL_AND, values, lineno)

    def parse_not_test(self):
        if self.check_kw("not"):
            lineno = self.next().lineno
            operand = self.parse_not_test()
            return ast.UnaryOp(ops.UNARY_NOT, operand, lineno)
        return self.parse_comparison()

    def parse_comparison(self):
        lineno = self.peek().lineno
        left = self.parse_expr()
        cmpops = []
        comparators = []
        while True:
            tok = self.peek()
            op = -1
            if tok.type == T_OP and tok.value in COMPARE_OPS:
                op = COMPARE_OPS[tok.value]
                self.next()
            elif tok.type == T_NAME and tok.value == "in":
                op = ops.CMP_IN
                self.next()
            elif tok.type == T_NAME and tok.value == "not" and \
                    self.peek_at(1).type == T_NAME and self.peek_at(1).value == "in":
                op = ops.CMP_NOT_IN
                self.next()
                self.next()
            elif tok.type == T_NAME and tok.value == "is":
                self.next()
                if self.accept_kw("not"):
                    op = ops.CMP_IS_NOT
                else:
                    op = ops.CMP_IS
            else:
                break
            cmpops.append(op)
            comparators.append(self.parse_expr())
        if len(cmpops) == 0:
            return left
        return ast.Compare(left, cmpops, comparators, lineno)

    def parse_expr(self):
        return self.parse_binop(1)

    def parse_binop(self, min_prec):
        lineno = self.peek().lineno
        left = self.parse_factor()
        while True:
            tok = self.peek()
            if tok.type != T_OP or tok.value not in BINOP_PREC:
                break
            prec = BINOP_PREC[tok.value]
            if prec < min_prec:
                break
            self.next()
            right = self.parse_binop(prec + 1)
            left = ast.BinOp(left, BINOP_CODE[tok.value], right, lineno)
        return left

    def parse_factor(self):
        tok = self.peek()
        if tok.type == T_OP:
            op = -1
            if tok.value == "-":
                op = ops.UNARY_NEG
            elif tok.value == "+":
                op = ops.UNARY_POS
            elif tok.value == "~":
                op = ops.UNARY_INVERT
            if op >= 0:
                self.next()
                operand = self.parse_factor()
                return ast.UnaryOp(op, operand, tok.lineno)
        return self.parse_power()

    def parse_power(self):
        lineno = self.peek().lineno
        if self.check_kw("await"):
            self.error("'await' is not supported")
        base = self.parse_primary()
        if self.accept_op("**"):
            exponent = self.parse_factor()
            return ast.BinOp(base, ops.OP_POW, exponent, lineno)
        return base

    def parse_primary(self):
        expr = self.parse_atom()
        while True:
            tok = self.peek()
            if tok.type != T_OP:
                break
            if tok.value == ".":
                self.next()
                attr = self.expect_name()
                expr = ast.Attribute(expr, attr, ast.LOAD, tok.lineno)
            elif tok.value == "(":
                self.next()
                args = []
                keywords = []
                self.parse_call_args(args, keywords)
                self.expect_op(")")
                expr = ast.Call(expr, args, keywords, tok.lineno)
            elif tok.value == "[":
                self.next()
                index = self.parse_subscript_list()
                self.expect_op("]")
                expr = ast.Subscript(expr, index, ast.LOAD, tok.lineno)
            else:
                break
        return expr

    def parse_call_args(self, args, keywords):
        while not self.check_op(")"):
            tok = self.peek()
            if self.accept_op("*"):
                args.append(ast.Starred(self.parse_test(), ast.LOAD, tok.lineno))
            elif self.accept_op("**"):
                keywords.append(ast.Keyword(None, self.parse_test(), tok.lineno))
            elif tok.type == T_NAME and self.peek_at(1).type == T_OP and \
                    self.peek_at(1).value == "=":
                name = self.expect_name()
                self.next()
                keywords.append(ast.Keyword(name, self.parse_test(), tok.lineno))
            else:
                arg = self.parse_namedexpr_test()
                if self.check_kw("for"):
                    gens = self.parse_comp_for()
                    arg = ast.GeneratorExp(arg, gens, tok.lineno)
                elif len(keywords) > 0:
                    self.error("positional argument follows keyword argument")
                args.append(arg)
            if not self.accept_op(","):
                break

    def parse_subscript_list(self):
        lineno = self.peek().lineno
        first = self.parse_subscript()
        if not self.check_op(","):
            return first
        elts = [first]
        while self.accept_op(","):
            if self.check_op("]"):
                break
            elts.append(self.parse_subscript())
        return ast.TupleExpr(elts, ast.LOAD, lineno)

    def parse_subscript(self):
        lineno = self.peek().lineno
        lower = None
        if not self.check_op(":"):
            lower = self.parse_namedexpr_test()
            if not self.check_op(":"):
                return lower
        self.expect_op(":")
        upper = None
        step = None
        if not self.check_op("]") and not self.check_op(",") and not self.check_op(":"):
            upper = self.parse_test()
        if self.accept_op(":"):
            if not self.check_op("]") and not self.check_op(","):
                step = self.parse_test()
        return ast.Slice(lower, upper, step, lineno)

    def parse_comp_for(self):
        gens = []
        while self.check_kw("for"):
            lineno = self.next().lineno
            target = self.parse_target_list()
            self.expect_kw("in")
            it = self.parse_or_test()
            ifs = []
            while self.check_kw("if"):
                self.next()
                ifs.append(self.parse_test_nocond())
            gens.append(ast.Comprehension(target, it, ifs, lineno))
        return gens

    def parse_yield(self):
        lineno = self.next().lineno
        if self.accept_kw("from"):
            return ast.YieldFrom(self.parse_test(), lineno)
        value = None
        if not self.at_expr_list_end():
            value = self.parse_testlist_star()
        return ast.Yield(value, lineno)

    def parse_atom(self):
        tok = self.peek()
        lineno = tok.lineno
        if tok.type == T_NAME:
            v = tok.value
            if v == "None":
                self.next()
                return ast.NameConst(ast.CONST_NONE, lineno)
            if v == "True":
                self.next()
                return ast.NameConst(ast.CONST_TRUE, lineno)
            if v == "False":
                self.next()
                return ast.NameConst(ast.CONST_FALSE, lineno)
            if v in KEYWORDS:
                self.error("invalid syntax")
            self.next()
            return ast.Name(v, ast.LOAD, lineno)
        if tok.type == T_NUMBER:
            self.next()
            return self.parse_number(tok.value, lineno)
        if tok.type == T_STRING:
            return self.parse_strings()
        if tok.type == T_OP:
            v = tok.value
            if v == "(":
                self.next()
                if self.accept_op(")"):
                    return ast.TupleExpr([], ast.LOAD, lineno)
                if self.check_kw("yield"):
                    y = self.parse_yield()
                    self.expect_op(")")
                    return y
                first = self.parse_star_or_test()
                if self.check_kw("for"):
                    gens = self.parse_comp_for()
                    self.expect_op(")")
                    return ast.GeneratorExp(first, gens, lineno)
                if self.accept_op(")"):
                    return first
                elts = [first]
                while self.accept_op(","):
                    if self.check_op(")"):
                        break
                    elts.append(self.parse_star_or_test())
                self.expect_op(")")
                return ast.TupleExpr(elts, ast.LOAD, lineno)
            if v == "[":
                self.next()
                if self.accept_op("]"):
                    return ast.ListExpr([], ast.LOAD, lineno)
                first = self.parse_star_or_test()
                if self.check_kw("for"):
                    gens = self.parse_comp_for()
                    self.expect_op("]")
                    return ast.ListComp(first, gens, lineno)
                elts = [first]
                while self.accept_op(","):
                    if self.check_op("]"):
                        break
                    elts.append(self.parse_star_or_test())
                self.expect_op("]")
                return ast.ListExpr(elts, ast.LOAD, lineno)
            if v == "{":
                return self.parse_dict_or_set()
            if v == "...":
                self.next()
                return ast.NameConst(ast.CONST_ELLIPSIS, lineno)
        if tok.type == T_INDENT:
            self.indent_error("unexpected indent")
        if tok.type == T_NEWLINE or tok.type == T_ENDMARKER:
            self.error("invalid syntax")
        self.error("invalid syntax")
        return None

    def parse_dict_or_set(self):
        lineno = self.next().lineno
        if self.accept_op("}"):
            return ast.DictExpr([], [], lineno)
        keys = []
        values = []
        if self.accept_op("**"):
            keys.append(None)
            values.append(self.parse_expr())
        else:
            first = self.parse_star_or_test()
            if self.accept_op(":"):
                value = self.parse_test()
                if self.check_kw("for"):
                    gens = self.parse_comp_for()
                    self.expect_op("}")
                    return ast.DictComp(first, value, gens, lineno)
                keys.append(first)
                values.append(value)
            else:
                # a set
                if self.check_kw("for"):
                    gens = self.parse_comp_for()
                    self.expect_op("}")
                    return ast.SetComp(first, gens, lineno)
                elts = [first]
                while self.accept_op(","):
                    if self.check_op("}"):
                        break
                    elts.append(self.parse_star_or_test())
                self.expect_op("}")
                return ast.SetExpr(elts, lineno)
        while self.accept_op(","):
            if self.check_op("}"):
                break
            if self.accept_op("**"):
                keys.append(None)
                values.append(self.parse_expr())
                continue
            k = self.parse_test()
            self.expect_op(":")
            keys.append(k)
            values.append(self.parse_test())
        self.expect_op("}")
        return ast.DictExpr(keys, values, lineno)

    # ---- literals ----

    def parse_number(self, text, lineno):
        s = text.replace("_", "")
        base = 10
        digits = s
        if len(s) >= 2 and s[0] == "0" and (s[1] == "x" or s[1] == "X"):
            base = 16
            digits = s[2:]
        elif len(s) >= 2 and s[0] == "0" and (s[1] == "o" or s[1] == "O"):
            base = 8
            digits = s[2:]
        elif len(s) >= 2 and s[0] == "0" and (s[1] == "b" or s[1] == "B"):
            base = 2
            digits = s[2:]
        else:
            isfloat = False
            for c in s:
                if c == "." or c == "e" or c == "E":
                    isfloat = True
            if isfloat:
                return ast.FloatConst(string_to_float(s), lineno)
            if len(s) > 1 and s[0] == "0":
                for c in s:
                    if c != "0":
                        self.error("leading zeros in decimal integer literals are not permitted")
        if len(digits) == 0:
            self.error("invalid number literal")
        value = 0
        for c in digits:
            d = digit_value(c)
            if d >= base:
                self.error("invalid digit in number literal")
            try:
                value = ovfcheck(value * base)
                value = ovfcheck(value + d)
            except OverflowError:
                return ast.BigIntConst(digits, base, lineno)
        return ast.IntConst(value, lineno)

    def parse_strings(self):
        """One or more adjacent string tokens (implicit concatenation)."""
        lineno = self.peek().lineno
        parts = []      # list of Expr: StrConst / FormattedValue
        has_f = False
        is_bytes = False
        first = True
        while self.peek().type == T_STRING:
            tok = self.next()
            b = "b" in tok.prefix
            if first:
                is_bytes = b
            elif b != is_bytes:
                self.error("cannot mix bytes and nonbytes literals")
            first = False
            if "f" in tok.prefix:
                has_f = True
                self.parse_fstring(tok.value, "r" in tok.prefix, tok.lineno, parts)
            else:
                parts.append(ast.StrConst(tok.value, tok.lineno))
        if is_bytes:
            s = ""
            for p in parts:
                if isinstance(p, ast.StrConst):
                    s += p.value
            return ast.BytesConst(s, lineno)
        if not has_f:
            s = ""
            for p in parts:
                if isinstance(p, ast.StrConst):
                    s += p.value
            return ast.StrConst(s, lineno)
        return ast.JoinedStr(merge_str_parts(parts), lineno)

    def parse_fstring(self, body, raw, lineno, parts):
        i = 0
        n = len(body)
        lit = []
        while i < n:
            c = body[i]
            if c == "{":
                if i + 1 < n and body[i + 1] == "{":
                    lit.append("{")
                    i += 2
                    continue
                self.flush_literal(lit, raw, lineno, parts)
                lit = []
                i = self.parse_fstring_field(body, i + 1, raw, lineno, parts)
                continue
            if c == "}":
                if i + 1 < n and body[i + 1] == "}":
                    lit.append("}")
                    i += 2
                    continue
                raise SyntaxErr("f-string: single '}' is not allowed",
                                self.filename, lineno, 0)
            if c == "\\" and not raw and i + 1 < n:
                lit.append(c)
                lit.append(body[i + 1])
                i += 2
                continue
            lit.append(c)
            i += 1
        self.flush_literal(lit, raw, lineno, parts)

    def flush_literal(self, lit, raw, lineno, parts):
        if len(lit) == 0:
            return
        s = "".join(lit)
        if not raw:
            s = decode_escapes(s, None)
        parts.append(ast.StrConst(s, lineno))

    def parse_fstring_field(self, body, i, raw, lineno, parts):
        n = len(body)
        start = i
        depth = 0
        quote = ""
        while i < n:
            c = body[i]
            if quote != "":
                if c == quote:
                    quote = ""
            elif c == "'" or c == '"':
                quote = c
            elif c == "(" or c == "[" or c == "{":
                depth += 1
            elif c == ")" or c == "]" or c == "}":
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0 and (c == ":" or c == "!"):
                if c == "!" and i + 1 < n and body[i + 1] == "=":
                    i += 2
                    continue
                break
            i += 1
        if i >= n:
            raise SyntaxErr("f-string: expecting '}'", self.filename, lineno, 0)
        end = i
        exprtext = body[start:end]
        selfdoc = False
        stripped = exprtext.rstrip()
        if len(stripped) > 0 and stripped[-1] == "=" and not (
                len(stripped) > 1 and stripped[-2] in "=!<>"):
            selfdoc = True
            exprtext = stripped[:-1]
            parts.append(ast.StrConst(body[start:end], lineno))
        if exprtext.strip() == "":
            raise SyntaxErr("f-string: empty expression not allowed",
                            self.filename, lineno, 0)
        expr = parse_sub_expression(exprtext, self.filename, lineno)
        conversion = -1
        if selfdoc:
            conversion = ord("r")
        if body[i] == "!":
            i += 1
            if i >= n:
                raise SyntaxErr("f-string: invalid conversion character",
                                self.filename, lineno, 0)
            conv = body[i]
            if conv != "r" and conv != "s" and conv != "a":
                raise SyntaxErr("f-string: invalid conversion character",
                                self.filename, lineno, 0)
            conversion = ord(conv)
            i += 1
        spec = None
        if i < n and body[i] == ":":
            i += 1
            specparts = []
            lit = []
            while i < n and body[i] != "}":
                if body[i] == "{":
                    self.flush_literal(lit, raw, lineno, specparts)
                    lit = []
                    i = self.parse_fstring_field(body, i + 1, raw, lineno, specparts)
                    continue
                lit.append(body[i])
                i += 1
            self.flush_literal(lit, raw, lineno, specparts)
            spec = ast.JoinedStr(merge_str_parts(specparts), lineno)
            if selfdoc and conversion == ord("r"):
                conversion = -1
        if i >= n or body[i] != "}":
            raise SyntaxErr("f-string: expecting '}'", self.filename, lineno, 0)
        parts.append(ast.FormattedValue(expr, conversion, spec, lineno))
        return i + 1


def merge_str_parts(parts):
    result = []
    for p in parts:
        if isinstance(p, ast.StrConst) and len(result) > 0:
            last = result[-1]
            if isinstance(last, ast.StrConst):
                result[-1] = ast.StrConst(last.value + p.value, last.lineno)
                continue
        result.append(p)
    return result


def parse_sub_expression(text, filename, lineno):
    tokens = tokenize("(" + text + ")", filename)
    for tok in tokens:
        tok.lineno = lineno
    p = Parser(tokens, filename)
    expr = p.parse_testlist_star()
    if p.peek().type == T_NEWLINE:
        p.next()
    if p.peek().type != T_ENDMARKER:
        raise SyntaxErr("f-string: invalid syntax", filename, lineno, 0)
    return expr


def parse_source(source, filename):
    tokens = tokenize(source, filename)
    p = Parser(tokens, filename)
    return p.parse_module()
