"""The parser's token cursor and its SyntaxError reporting: positions
and spans of errors, and CPython 3.11's messages for common mistakes
("invalid syntax. Perhaps you forgot a comma?", "'(' was never closed",
"cannot assign to ... here. Maybe you meant '==' instead of '='?",
"Missing parentheses in call to 'print'"...)."""

from pyinterp import astnodes as ast
from pyinterp.tokenizer import (T_ENDMARKER, T_NAME, T_NUMBER, T_STRING, T_OP,
                                T_NEWLINE, T_DEDENT)
from pyinterp.error import SyntaxErr
from pyinterp import syntaxerrors as se

KEYWORDS = {}
for _kw in ["False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else",
            "except", "finally", "for", "from", "global", "if", "import",
            "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield"]:
    KEYWORDS[_kw] = True


class TokenStream(object):
    """Base class of the Parser: the tokens, the position, and the
    errors."""

    def __init__(self, tokens, filename):
        self.tokens = tokens
        self.pos = 0
        self.filename = filename
        # token index where the last item of the call arguments or
        # subscript just parsed started (see expect_closer)
        self.last_item = -1
        self.match_temps = 0        # hidden variables of match statements
        # the innermost bracket left open at the end of the source
        self.unclosed_char = ""
        self.unclosed_line = 0
        self.unclosed_col = 0

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
        self.check_unclosed(tok)
        e = SyntaxErr(msg, self.filename, tok.lineno, tok.col + 1)
        e.end_lineno = tok.lineno
        e.end_offset = tok.end_col + 1
        raise e

    def set_col(self, node, col):
        """Records the column of a node's first token, and where its last
        token (the one just consumed) ends; kept if already set (a
        parenthesized expression keeps its own)."""
        if node.col < 0:
            node.col = col
            if self.pos > 0:
                last = self.tokens[self.pos - 1]
                node.end_lineno = last.lineno
                node.end_col = last.end_col

    def error_at(self, msg, node):
        """A SyntaxError spanning an AST node."""
        self.error_span(msg, node, node.end_lineno, node.end_col)

    def error_span(self, msg, node, end_lineno, end_col):
        """A SyntaxError from the start of `node` to a column."""
        col = node.col
        if col < 0:
            col = 0
        e = SyntaxErr(msg, self.filename, node.lineno, col + 1)
        if end_col >= 0:
            e.end_lineno = end_lineno
            e.end_offset = end_col + 1
        raise e

    def statement_end(self):
        """The token ending the current simple statement (before its
        NEWLINE or ';')."""
        i = self.pos
        while i + 1 < len(self.tokens):
            nxt = self.tokens[i + 1]
            if nxt.type == T_NEWLINE or nxt.type == T_ENDMARKER or (
                    nxt.type == T_OP and nxt.value == ";"):
                break
            i += 1
        return self.tokens[i]

    def check_unclosed(self, tok):
        """An error at the end of the source while a bracket is open is
        CPython's "'(' was never closed" (at the bracket)."""
        if self.unclosed_char == "":
            return
        if tok.type != T_NEWLINE and tok.type != T_ENDMARKER and \
                tok.type != T_DEDENT:
            return
        if tok.lineno < self.unclosed_line or (
                tok.lineno == self.unclosed_line and tok.col < self.unclosed_col):
            return
        raise SyntaxErr("'%s' was never closed" % self.unclosed_char,
                        self.filename, self.unclosed_line,
                        self.unclosed_col + 1)

    def error_after_previous(self, msg):
        """A SyntaxError placed just after the previous token (CPython's
        caret for "expected ':'")."""
        if self.pos == 0:
            self.error(msg)
        prev = self.tokens[self.pos - 1]
        tok = self.peek()
        self.check_unclosed(tok)
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
            self.error("invalid syntax")
        return self.next()

    def expect_kw(self, value):
        if not self.check_kw(value):
            self.error("invalid syntax")
        return self.next()

    def expect_name(self):
        tok = self.peek()
        if tok.type != T_NAME or tok.value in KEYWORDS:
            self.error("invalid syntax")
        self.next()
        return tok.value

    def at_newline(self):
        return self.peek().type == T_NEWLINE

    def starts_legacy_argument(self):
        """Whether the next token starts the argument of a Python 2
        `print x` / `exec code` statement."""
        tok = self.peek()
        if tok.type == T_NUMBER or tok.type == T_STRING:
            return True
        if tok.type == T_NAME:
            return tok.value not in KEYWORDS or tok.value == "None" or \
                tok.value == "True" or tok.value == "False" or \
                tok.value == "lambda" or tok.value == "not"
        return tok.type == T_OP and tok.value == "{"

    def check_target(self, t, verb):
        """`cannot assign to X` / `cannot delete X` at the first invalid
        part of a target."""
        bad = se.invalid_target(t, verb == "assign to")
        if bad is not None:
            self.error_at(se.target_message(bad, verb), bad)

    def check_assign_statement_target(self, t, ntargets):
        """The target of `t = value`; with a single `=`, CPython suggests
        '==' (its invalid_named_expression rule)."""
        bad = se.invalid_target(t, True)
        if bad is None:
            return
        if ntargets == 1:
            here = False
            if bad is t:
                here = se.assign_here_allowed(t)
            elif isinstance(t, ast.TupleExpr) and len(t.elts) > 0 and \
                    t.col == t.elts[0].col:
                # an unparenthesized tuple: its items are checked alone
                here = se.assign_here_allowed(bad)
            if here:
                self.error_at("cannot assign to %s here. Maybe you meant '==' "
                              "instead of '='?" % se.expr_name(bad), bad)
        self.error_at(se.target_message(bad, "assign to"), bad)

    def check_condition(self, test):
        """`if x = 1:` (a '=' after a condition)."""
        if not self.check_op("="):
            return
        if isinstance(test, ast.Name):
            self.next()
            self.parse_expr()
            last = self.tokens[self.pos - 1]
            self.error_span("invalid syntax. Maybe you meant '==' or ':=' instead "
                            "of '='?", test, last.lineno, last.end_col)
        if se.assign_here_allowed(test):
            self.error_at("cannot assign to %s here. Maybe you meant '==' "
                          "instead of '='?" % se.expr_name(test), test)

    def expect_closer(self, closing, last):
        """The closing bracket of a display, call or subscript whose last
        item started at token index `last` (-1: none): CPython suggests a
        missing comma when another expression follows the item."""
        if self.check_op(closing):
            return self.next()
        tok = self.peek()
        if last >= 0 and self.starts_expression(tok):
            first = self.tokens[last]
            legacy = first.type == T_NAME and (first.value == "print" or
                                               first.value == "exec")
            name_string = first.type == T_NAME and \
                self.tokens[last + 1].type == T_STRING
            if not legacy and not name_string and \
                    not self.conditional_between(last, self.pos):
                e = SyntaxErr("invalid syntax. Perhaps you forgot a comma?",
                              self.filename, first.lineno, first.col + 1)
                e.end_lineno = tok.lineno
                e.end_offset = tok.end_col + 1
                raise e
        self.error("invalid syntax")
        return tok

    def conditional_between(self, start, stop):
        """Whether the tokens start..stop hold a conditional expression or
        a lambda outside nested brackets (no comma suggestion then)."""
        depth = 0
        for i in range(start, stop):
            tok = self.tokens[i]
            if tok.type == T_OP:
                if tok.value == "(" or tok.value == "[" or tok.value == "{":
                    depth += 1
                elif tok.value == ")" or tok.value == "]" or tok.value == "}":
                    depth -= 1
            elif tok.type == T_NAME and depth == 0 and (
                    tok.value == "if" or tok.value == "lambda"):
                return True
        return False

    def starts_expression(self, tok):
        if tok.type == T_NUMBER or tok.type == T_STRING:
            return True
        if tok.type == T_NAME:
            v = tok.value
            return v not in KEYWORDS or v == "None" or v == "True" or \
                v == "False" or v == "lambda" or v == "not" or v == "await"
        if tok.type == T_OP:
            v = tok.value
            return v == "(" or v == "[" or v == "{" or v == "-" or \
                v == "+" or v == "~" or v == "..."
        return False
