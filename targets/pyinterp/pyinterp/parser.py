"""Recursive-descent parser: tokens -> AST (pyinterp.astnodes).

Binary operators are parsed by precedence climbing over BINOP_PREC.
"""

from pyinterp import astnodes as ast
from pyinterp import operators as ops
from pyinterp.tokenizer import (tokenize, Tokenizer, T_ENDMARKER,
                                T_NAME, T_NUMBER, T_STRING, T_OP, T_NEWLINE,
                                T_INDENT, T_DEDENT)
from pyinterp.error import SyntaxErr
from pyinterp import syntaxerrors as se
from pyinterp.tokenstream import KEYWORDS
from pyinterp.matchparser import MatchParser

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


class Parser(MatchParser):

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
        n = len(body)
        self.parse_statement_inner(body)
        if len(body) > n:
            self.set_col(body[n], tok.col)

    def parse_statement_inner(self, body):
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
            if v == "match" and self.is_match_statement():
                self.parse_match(body)
                return
        if tok.type == T_OP and tok.value == "@":
            body.append(self.parse_decorated())
            return
        self.parse_simple_statements(body)

    def parse_simple_statements(self, body):
        while True:
            tok = self.peek()
            stmt = self.parse_small_statement()
            self.set_col(stmt, tok.col)
            body.append(stmt)
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
                    self.check_target(t, "delete")
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
        is_yield = self.check_kw("yield")
        if is_yield:
            first = self.parse_yield()
        else:
            first = self.parse_testlist_star()
        tok = self.peek()
        if tok.type == T_OP:
            if tok.value == "=":
                targets = [first]
                value = first
                while self.accept_op("="):
                    if is_yield:
                        self.error_at("assignment to yield expression not "
                                      "possible", value)
                    is_yield = self.check_kw("yield")
                    if is_yield:
                        value = self.parse_yield()
                    else:
                        value = self.parse_testlist_star()
                    targets.append(value)
                targets.pop()
                for t in targets:
                    self.check_assign_statement_target(t, len(targets))
                    self.set_context(t, ast.STORE)
                return ast.Assign(targets, value, lineno)
            if tok.value in AUGASSIGN:
                self.next()
                op = AUGASSIGN[tok.value]
                if not (isinstance(first, ast.Name) or isinstance(first, ast.Attribute)
                        or isinstance(first, ast.Subscript)):
                    self.error_at(se.augassign_message(first), first)
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
                self.check_target(first, "assign to")
                self.set_context(first, ast.STORE)
                return ast.AnnAssign(first, annotation, value, lineno)
        if isinstance(first, ast.Name) and (first.id == "print" or
                                            first.id == "exec") and \
                self.starts_legacy_argument():
            end = self.statement_end()
            self.error_span("Missing parentheses in call to '%s'. Did you mean %s(...)?"
                            % (first.id, first.id), first, end.lineno, end.end_col)
        return ast.ExprStmt(first, lineno)

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
        self.check_condition(test)
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
        self.check_condition(test)
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
            self.check_target(first, "assign to")
            self.set_context(first, ast.STORE)
            return first
        elts = [first]
        while self.accept_op(","):
            if self.check_kw("in") or self.check_op("="):
                break
            elts.append(self.parse_star_or_expr())
        t = ast.TupleExpr(elts, ast.STORE, lineno)
        self.set_col(t, first.col)
        self.check_target(t, "assign to")
        self.set_context(t, ast.STORE)
        return t

    def parse_star_or_expr(self):
        if self.check_op("*"):
            tok = self.next()
            node = ast.Starred(self.parse_expr(), ast.LOAD, tok.lineno)
            self.set_col(node, tok.col)
            return node
        return self.parse_expr()

    def parse_try(self):
        lineno = self.next().lineno
        body = self.parse_block("'try' statement", lineno)
        handlers = []
        orelse = []
        finalbody = []
        while self.check_kw("except"):
            if len(handlers) > 0 and handlers[-1].type is None:
                self.error_at("default 'except:' must be last", handlers[-1])
            ktok = self.next()
            hline = ktok.lineno
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
            handler = ast.ExceptHandler(etype, name, hbody, hline)
            self.set_col(handler, ktok.col)
            handlers.append(handler)
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
                self.check_target(target, "assign to")
                self.set_context(target, ast.STORE)
            items.append(ast.WithItem(expr, target, lineno))
            if not self.accept_op(","):
                break
        body = self.parse_block("'with' statement", lineno)
        return ast.With(items, body, lineno)

    def parse_match(self, body):
        """`match subject:` and its cases, as an assignment of the subject
        to a hidden variable and an if/elif chain (see matchparser.py)."""
        lineno = self.next().lineno
        subject = self.parse_testlist_star()
        self.expect_op(":")
        self.next()         # NEWLINE
        self.next()         # INDENT
        temp = self.new_temp()
        body.append(ast.Assign([ast.Name(temp, ast.STORE, lineno)], subject,
                               lineno))
        conds = []
        bodies = []
        lines = []
        while self.check_kw("case"):
            ctok = self.next()
            pattern = self.parse_case_patterns()
            cond = self.pattern_condition(pattern, ast.Name(temp, ast.LOAD,
                                                            ctok.lineno))
            if self.accept_kw("if"):
                guard = self.parse_namedexpr_test()
                cond = ast.BoolOp(ops.BOOL_AND, [cond, guard], ctok.lineno)
            conds.append(cond)
            bodies.append(self.parse_block("'case' statement", ctok.lineno))
            lines.append(ctok.lineno)
        if self.peek().type != T_DEDENT:
            self.error("invalid syntax")
        self.next()
        orelse = []
        i = len(conds) - 1
        while i >= 0:
            orelse = [ast.If(conds[i], bodies[i], orelse, lines[i])]
            i -= 1
        body.extend(orelse)

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
            args.ann_names.append("return")
            args.ann_values.append(self.parse_test())
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
        seen = {}
        ann_names = []
        ann_values = []
        while not self.check_op(closing):
            tok = self.peek()
            if tok.type == T_NAME or (tok.type == T_OP and (
                    tok.value == "*" or tok.value == "**")):
                ntok = tok
                if tok.type == T_OP:
                    ntok = self.peek_at(1)
                if ntok.type == T_NAME:
                    if ntok.value in seen:
                        raise SyntaxErr("duplicate argument '%s' in function definition"
                                        % ntok.value, self.filename,
                                        ntok.lineno, ntok.col + 1)
                    seen[ntok.value] = True
            if self.accept_op("**"):
                kwarg = self.expect_name()
                if allow_annotations and self.accept_op(":"):
                    ann_names.append(kwarg)
                    ann_values.append(self.parse_test())
                self.accept_op(",")
                break
            if self.accept_op("*"):
                if seen_star:
                    self.error("* argument may appear only once")
                seen_star = True
                if not self.check_op(",") and not self.check_op(closing):
                    vararg = self.expect_name()
                    if allow_annotations and self.accept_op(":"):
                        ann_names.append(vararg)
                        ann_values.append(self.parse_test())
            elif self.accept_op("/"):
                posonlycount = len(posargs)
            else:
                name = self.expect_name()
                if allow_annotations and self.accept_op(":"):
                    ann_names.append(name)
                    ann_values.append(self.parse_test())
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
                        raise SyntaxErr("non-default argument follows default argument",
                                        self.filename, tok.lineno, tok.col + 1)
            if not self.accept_op(","):
                break
        arguments = ast.Arguments(posargs, defaults, vararg, kwonly,
                                  kw_defaults, kwarg, posonlycount, lineno)
        arguments.ann_names = ann_names
        arguments.ann_values = ann_values
        return arguments

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
        node = ast.TupleExpr(elts, ast.LOAD, lineno)
        self.set_col(node, first.col)
        return node

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
            tok = self.next()
            node = ast.Starred(self.parse_expr(), ast.LOAD, tok.lineno)
            self.set_col(node, tok.col)
            return node
        return self.parse_namedexpr_test()

    def parse_namedexpr_test(self):
        tok = self.peek()
        if tok.type == T_NAME and self.peek_at(1).type == T_OP and \
                self.peek_at(1).value == ":=":
            name = self.expect_name()
            self.next()
            value = self.parse_test()
            target = ast.Name(name, ast.STORE, tok.lineno)
            self.set_col(target, tok.col)
            node = ast.NamedExpr(target, value, tok.lineno)
            self.set_col(node, tok.col)
            return node
        return self.parse_test()

    def parse_test(self):
        tok = self.peek()
        if self.check_kw("lambda"):
            node = self.parse_lambda()
            self.set_col(node, tok.col)
            return node
        lineno = tok.lineno
        expr = self.parse_or_test()
        if self.check_kw("if"):
            self.next()
            test = self.parse_or_test()
            if not self.check_kw("else"):
                last = self.tokens[self.pos - 1]
                self.error_span("expected 'else' after 'if' expression", expr,
                                last.lineno, last.end_col)
            self.next()
            orelse = self.parse_test()
            node = ast.IfExp(test, expr, orelse, lineno)
            self.set_col(node, tok.col)
            return node
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
        node = ast.BoolOp(ops.BOOL_OR, values, lineno)
        self.set_col(node, first.col)
        return node

    def parse_and_test(self):
        lineno = self.peek().lineno
        first = self.parse_not_test()
        if not self.check_kw("and"):
            return first
        values = [first]
        while self.accept_kw("and"):
            values.append(self.parse_not_test())
        node = ast.BoolOp(ops.BOOL_AND, values, lineno)
        self.set_col(node, first.col)
        return node

    def parse_not_test(self):
        if self.check_kw("not"):
            tok = self.next()
            operand = self.parse_not_test()
            node = ast.UnaryOp(ops.UNARY_NOT, operand, tok.lineno)
            self.set_col(node, tok.col)
            return node
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
        node = ast.Compare(left, cmpops, comparators, lineno)
        self.set_col(node, left.col)
        return node

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
            col = left.col
            left = ast.BinOp(left, BINOP_CODE[tok.value], right, lineno)
            self.set_col(left, col)
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
                node = ast.UnaryOp(op, operand, tok.lineno)
                self.set_col(node, tok.col)
                return node
        return self.parse_power()

    def parse_power(self):
        lineno = self.peek().lineno
        if self.check_kw("await"):
            self.error("'await' is not supported")
        base = self.parse_primary()
        if self.accept_op("**"):
            exponent = self.parse_factor()
            node = ast.BinOp(base, ops.OP_POW, exponent, lineno)
            self.set_col(node, base.col)
            return node
        return base

    def parse_primary(self):
        expr = self.parse_atom()
        col = expr.col
        # a call or subscript spanning lines belongs to the line where its
        # primary starts (a method call: to the line of the attribute)
        start_line = expr.lineno
        while True:
            self.set_col(expr, col)
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
                self.expect_closer(")", self.last_item)
                line = start_line
                if isinstance(expr, ast.Attribute):
                    line = expr.lineno
                expr = ast.Call(expr, args, keywords, line)
            elif tok.value == "[":
                self.next()
                index = self.parse_subscript_list()
                self.expect_closer("]", self.last_item)
                expr = ast.Subscript(expr, index, ast.LOAD, start_line)
            else:
                break
        return expr

    def parse_call_args(self, args, keywords):
        last = -1
        seen_kw = {}
        seen_dstar = False
        while not self.check_op(")"):
            tok = self.peek()
            last = self.pos
            if tok.type == T_NAME and self.peek_at(1).type == T_OP and \
                    self.peek_at(1).value == "=":
                last = self.pos + 2
            if self.accept_op("*"):
                if seen_dstar:
                    raise SyntaxErr("iterable argument unpacking follows "
                                    "keyword argument unpacking", self.filename,
                                    tok.lineno, tok.col + 1)
                args.append(ast.Starred(self.parse_test(), ast.LOAD, tok.lineno))
            elif self.accept_op("**"):
                seen_dstar = True
                keywords.append(ast.Keyword(None, self.parse_test(), tok.lineno))
            elif tok.type == T_NAME and self.peek_at(1).type == T_OP and \
                    self.peek_at(1).value == "=":
                name = self.expect_name()
                self.next()
                w_value = self.parse_test()
                if name in seen_kw:
                    last = self.tokens[self.pos - 1]
                    e = SyntaxErr("keyword argument repeated: %s" % name,
                                  self.filename, tok.lineno, tok.col + 1)
                    e.end_lineno = last.lineno
                    e.end_offset = last.end_col + 1
                    raise e
                seen_kw[name] = True
                keywords.append(ast.Keyword(name, w_value, tok.lineno))
            else:
                arg = self.parse_namedexpr_test()
                if self.check_op("="):
                    eq = self.peek()
                    self.error_span('expression cannot contain assignment, '
                                    'perhaps you meant "=="?', arg,
                                    eq.lineno, eq.end_col)
                if self.check_kw("for"):
                    gens = self.parse_comp_for()
                    col = arg.col
                    arg = ast.GeneratorExp(arg, gens, tok.lineno)
                    self.set_col(arg, col)
                    if len(args) > 0 or len(keywords) > 0 or \
                            self.check_op(","):
                        self.error_at("Generator expression must be "
                                      "parenthesized", arg)
                elif len(keywords) > 0:
                    self.error("positional argument follows keyword argument")
                args.append(arg)
            if not self.accept_op(","):
                break
        self.last_item = last

    def parse_subscript_list(self):
        lineno = self.peek().lineno
        last = self.pos
        first = self.parse_subscript()
        if not self.check_op(","):
            self.last_item = last
            return first
        elts = [first]
        while self.accept_op(","):
            if self.check_op("]"):
                break
            last = self.pos
            elts.append(self.parse_subscript())
        self.last_item = last
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
        tok = self.next()
        lineno = tok.lineno
        if self.accept_kw("from"):
            node = ast.YieldFrom(self.parse_test(), lineno)
            self.set_col(node, tok.col)
            return node
        value = None
        if not self.at_expr_list_end():
            value = self.parse_testlist_star()
        node = ast.Yield(value, lineno)
        self.set_col(node, tok.col)
        return node

    def parse_atom(self):
        tok = self.peek()
        node = self.parse_atom_inner()
        self.set_col(node, tok.col)
        return node

    def parse_atom_inner(self):
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
            node = self.parse_number(tok.value, lineno)   # errors at tok
            self.next()
            return node
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
                last = self.pos
                first = self.parse_star_or_test()
                if self.check_kw("for"):
                    gens = self.parse_comp_for()
                    self.expect_op(")")
                    return ast.GeneratorExp(first, gens, lineno)
                if self.accept_op(")"):
                    return first
                if not self.check_op(","):
                    self.expect_closer(")", last)
                elts = [first]
                while self.accept_op(","):
                    if self.check_op(")"):
                        break
                    last = self.pos
                    elts.append(self.parse_star_or_test())
                self.expect_closer(")", last)
                return ast.TupleExpr(elts, ast.LOAD, lineno)
            if v == "[":
                self.next()
                if self.accept_op("]"):
                    return ast.ListExpr([], ast.LOAD, lineno)
                last = self.pos
                first = self.parse_star_or_test()
                if self.check_kw("for"):
                    gens = self.parse_comp_for()
                    self.expect_op("]")
                    return ast.ListComp(first, gens, lineno)
                elts = [first]
                while self.accept_op(","):
                    if self.check_op("]"):
                        break
                    last = self.pos
                    elts.append(self.parse_star_or_test())
                self.expect_closer("]", last)
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
        last = self.pos
        if self.accept_op("**"):
            keys.append(None)
            values.append(self.parse_expr())
        else:
            first = self.parse_star_or_test()
            if self.accept_op(":"):
                last = self.pos
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
                    last = self.pos
                    elts.append(self.parse_star_or_test())
                self.expect_closer("}", last)
                return ast.SetExpr(elts, lineno)
        while self.accept_op(","):
            if self.check_op("}"):
                break
            last = self.pos
            if self.accept_op("**"):
                keys.append(None)
                values.append(self.parse_expr())
                continue
            k = self.parse_test()
            if not self.check_op(":"):
                self.error_at("':' expected after dictionary key", k)
            self.next()
            keys.append(k)
            last = self.pos
            values.append(self.parse_test())
        self.expect_closer("}", last)
        return ast.DictExpr(keys, values, lineno)


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
    t = Tokenizer(source, filename)
    try:
        tokens = t.tokenize()
    except SyntaxErr as e:
        add_error_text(e, source, e.indentation)
        raise
    p = Parser(tokens, filename)
    if len(t.open_chars) > 0:
        p.unclosed_char = t.open_chars[-1]
        p.unclosed_line = t.open_lines[-1]
        p.unclosed_col = t.open_cols[-1]
    try:
        return p.parse_module()
    except SyntaxErr as e:
        add_error_text(e, source, True)
        raise


def add_error_text(e, source, newline):
    """Sets e.text, the source line of the error (CPython's
    SyntaxError.text: with its newline for the parser's errors)."""
    if e.text is not None:
        return
    lines = source.split("\n")
    if 1 <= e.lineno <= len(lines):
        text = lines[e.lineno - 1]
        if newline:
            text += "\n"
        e.text = text
