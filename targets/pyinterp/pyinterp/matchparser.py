"""The `match` statement, parsed and turned into existing AST: the subject
is stored in a hidden variable and each `case` becomes a branch of an
if/elif chain whose condition tests the pattern and binds its names with
assignment expressions (`(x := $match0[1]) or True`); the structural
checks call hidden builtins (matchsupport.py)."""

from pyinterp import astnodes as ast
from pyinterp import operators as ops
from pyinterp.tokenizer import (T_NAME, T_NUMBER, T_STRING, T_OP, T_NEWLINE,
                                T_INDENT)
from pyinterp.literals import LiteralParser

P_WILDCARD = 0
P_CAPTURE = 1       # name
P_VALUE = 2         # value == subject
P_SINGLETON = 3     # value is subject (None, True, False)
P_OR = 4            # subpatterns
P_AS = 5            # subpatterns[0], name
P_SEQUENCE = 6      # subpatterns, star (index or -1), name of the star
P_MAPPING = 7       # keys, subpatterns, name of **rest or ""
P_CLASS = 8         # value (the class), subpatterns (positional then
                    # keyword ones), names (the keywords)


class Pattern(object):
    def __init__(self, kind, lineno):
        self.kind = kind
        self.lineno = lineno
        self.name = ""
        self.value = None           # an expression
        self.subpatterns = []
        self.keys = []              # expressions
        self.names = []
        self.star = -1


class MatchParser(LiteralParser):
    """Base class of the Parser: patterns and their conditions."""

    def is_match_statement(self):
        """At a `match` name: whether it starts a match statement (the
        line ends with ':' and an indented `case` follows)."""
        i = self.pos + 1
        n = len(self.tokens)
        if i >= n or self.tokens[i].type == T_NEWLINE:
            return False
        nxt = self.tokens[i]
        if nxt.type == T_OP and (nxt.value == "=" or nxt.value == "." or
                                 nxt.value == "," or nxt.value == ")" or
                                 nxt.value == ":"):
            return False
        while i < n and self.tokens[i].type != T_NEWLINE:
            i += 1
        if i + 2 >= n:
            return False
        last = self.tokens[i - 1]
        if not (last.type == T_OP and last.value == ":"):
            return False
        return self.tokens[i + 1].type == T_INDENT and \
            self.tokens[i + 2].type == T_NAME and \
            self.tokens[i + 2].value == "case"

    def new_temp(self):
        self.match_temps += 1
        return "$match%d" % self.match_temps

    # ---- patterns ----

    def parse_case_patterns(self):
        """The patterns after `case`: an open sequence `a, *b` or one."""
        lineno = self.peek().lineno
        first = self.parse_maybe_star_pattern()
        if not self.check_op(","):
            if first.kind == P_SEQUENCE and first.star == -2:
                self.error("invalid syntax")
            return first
        items = [first]
        while self.accept_op(","):
            if self.check_op(":") or self.check_kw("if"):
                break
            items.append(self.parse_maybe_star_pattern())
        return self.sequence_pattern(items, lineno)

    def parse_maybe_star_pattern(self):
        if self.check_op("*"):
            tok = self.next()
            p = Pattern(P_SEQUENCE, tok.lineno)
            p.star = -2         # marks a star item (see sequence_pattern)
            name = self.expect_name()
            if name != "_":
                p.name = name
            return p
        return self.parse_as_pattern()

    def sequence_pattern(self, items, lineno):
        p = Pattern(P_SEQUENCE, lineno)
        for i in range(len(items)):
            item = items[i]
            if item.kind == P_SEQUENCE and item.star == -2:
                if p.star >= 0:
                    self.error("multiple starred names in sequence pattern")
                p.star = i
                p.name = item.name
            else:
                p.subpatterns.append(item)
        return p

    def parse_as_pattern(self):
        p = self.parse_or_pattern()
        if self.accept_kw("as"):
            name = self.expect_name()
            if name == "_":
                self.error("cannot use '_' as a target")
            a = Pattern(P_AS, p.lineno)
            a.subpatterns = [p]
            a.name = name
            return a
        return p

    def parse_or_pattern(self):
        p = self.parse_closed_pattern()
        if not self.check_op("|"):
            return p
        o = Pattern(P_OR, p.lineno)
        o.subpatterns = [p]
        while self.accept_op("|"):
            o.subpatterns.append(self.parse_closed_pattern())
        return o

    def parse_closed_pattern(self):
        tok = self.peek()
        lineno = tok.lineno
        if tok.type == T_NUMBER or tok.type == T_STRING or (
                tok.type == T_OP and tok.value == "-"):
            p = Pattern(P_VALUE, lineno)
            p.value = self.parse_literal_value()
            return p
        if tok.type == T_NAME:
            v = tok.value
            if v == "None" or v == "True" or v == "False":
                self.next()
                p = Pattern(P_SINGLETON, lineno)
                kind = ast.CONST_NONE
                if v == "True":
                    kind = ast.CONST_TRUE
                elif v == "False":
                    kind = ast.CONST_FALSE
                p.value = ast.NameConst(kind, lineno)
                return p
            name = self.expect_name()
            expr = ast.Name(name, ast.LOAD, lineno)
            dotted = False
            while self.accept_op("."):
                expr = ast.Attribute(expr, self.expect_name(), ast.LOAD, lineno)
                dotted = True
            if self.check_op("("):
                return self.parse_class_pattern(expr, lineno)
            if dotted:
                p = Pattern(P_VALUE, lineno)
                p.value = expr
                return p
            if name == "_":
                return Pattern(P_WILDCARD, lineno)
            p = Pattern(P_CAPTURE, lineno)
            p.name = name
            return p
        if tok.type == T_OP:
            if tok.value == "(" or tok.value == "[":
                closing = ")"
                if tok.value == "[":
                    closing = "]"
                self.next()
                items = []
                comma = False
                while not self.check_op(closing):
                    items.append(self.parse_maybe_star_pattern())
                    if not self.accept_op(","):
                        break
                    comma = True
                self.expect_op(closing)
                if closing == ")" and len(items) == 1 and not comma and \
                        not (items[0].kind == P_SEQUENCE and items[0].star == -2):
                    return items[0]         # a group
                return self.sequence_pattern(items, lineno)
            if tok.value == "{":
                return self.parse_mapping_pattern()
        self.error("invalid syntax")
        return None

    def parse_literal_value(self):
        """A literal pattern: a (negative) number or a string."""
        tok = self.peek()
        if tok.type == T_OP and tok.value == "-":
            self.next()
            num = self.peek()
            if num.type != T_NUMBER:
                self.error("invalid syntax")
            value = self.parse_number(num.value, num.lineno)
            self.next()
            return ast.UnaryOp(ops.UNARY_NEG, value, tok.lineno)
        if tok.type == T_NUMBER:
            value = self.parse_number(tok.value, tok.lineno)
            self.next()
            return value
        return self.parse_strings()

    def parse_mapping_pattern(self):
        lineno = self.next().lineno
        p = Pattern(P_MAPPING, lineno)
        while not self.check_op("}"):
            if self.accept_op("**"):
                p.name = self.expect_name()
                self.accept_op(",")
                break
            tok = self.peek()
            if tok.type == T_NAME and tok.value != "None" and \
                    tok.value != "True" and tok.value != "False":
                key = ast.Name(self.expect_name(), ast.LOAD, tok.lineno)
                while self.accept_op("."):
                    key = ast.Attribute(key, self.expect_name(), ast.LOAD,
                                        tok.lineno)
                p.keys.append(key)
            elif tok.type == T_NAME:
                p.keys.append(self.parse_closed_pattern().value)
            else:
                p.keys.append(self.parse_literal_value())
            self.expect_op(":")
            p.subpatterns.append(self.parse_as_pattern())
            if not self.accept_op(","):
                break
        self.expect_op("}")
        return p

    def parse_class_pattern(self, cls, lineno):
        self.next()         # (
        p = Pattern(P_CLASS, lineno)
        p.value = cls
        while not self.check_op(")"):
            tok = self.peek()
            if tok.type == T_NAME and self.peek_at(1).type == T_OP and \
                    self.peek_at(1).value == "=":
                name = self.expect_name()
                self.next()
                p.names.append(name)
                p.subpatterns.append(self.parse_as_pattern())
            else:
                if len(p.names) > 0:
                    self.error("positional patterns follow keyword patterns")
                p.subpatterns.append(self.parse_as_pattern())
            if not self.accept_op(","):
                break
        self.expect_op(")")
        return p

    # ---- conditions ----

    def pattern_condition(self, p, subject):
        """An expression true when `subject` (an expression without side
        effects) matches p, binding p's names as it goes."""
        lineno = p.lineno
        if p.kind == P_WILDCARD:
            return ast.NameConst(ast.CONST_TRUE, lineno)
        if p.kind == P_CAPTURE:
            return self.bind(p.name, subject, lineno)
        if p.kind == P_VALUE:
            return ast.Compare(subject, [ops.CMP_EQ], [p.value], lineno)
        if p.kind == P_SINGLETON:
            return ast.Compare(subject, [ops.CMP_IS], [p.value], lineno)
        if p.kind == P_OR:
            conds = []
            for sub in p.subpatterns:
                conds.append(self.pattern_condition(sub, subject))
            return ast.BoolOp(ops.BOOL_OR, conds, lineno)
        if p.kind == P_AS:
            return ast.BoolOp(ops.BOOL_AND, [
                self.pattern_condition(p.subpatterns[0], subject),
                self.bind(p.name, subject, lineno)], lineno)
        conds = []
        if p.kind == P_SEQUENCE:
            conds.append(self.helper("__match_sequence__", [subject], lineno))
            n = len(p.subpatterns)
            length = self.helper("__match_len__", [subject], lineno)
            op = ops.CMP_EQ
            if p.star >= 0:
                op = ops.CMP_GE
            conds.append(ast.Compare(length, [op], [ast.IntConst(n, lineno)],
                                     lineno))
            for i in range(n):
                index = i
                if p.star >= 0 and i >= p.star:
                    index = i - n       # counted from the end
                item = ast.Subscript(subject, ast.IntConst(index, lineno),
                                     ast.LOAD, lineno)
                self.sub_condition(conds, p.subpatterns[i], item)
            if p.star >= 0 and p.name != "":
                rest = self.helper("__match_star__", [
                    subject, ast.IntConst(p.star, lineno),
                    ast.IntConst(n - p.star, lineno)], lineno)
                conds.append(self.bind(p.name, rest, lineno))
        elif p.kind == P_MAPPING:
            conds.append(self.helper("__match_mapping__", [subject], lineno))
            for i in range(len(p.keys)):
                key = p.keys[i]
                conds.append(ast.Compare(key, [ops.CMP_IN], [subject], lineno))
                item = ast.Subscript(subject, key, ast.LOAD, lineno)
                self.sub_condition(conds, p.subpatterns[i], item)
            if p.name != "":
                rest = self.helper("__match_rest__", [
                    subject, ast.TupleExpr(p.keys[:], ast.LOAD, lineno)], lineno)
                conds.append(self.bind(p.name, rest, lineno))
        else:
            temp = self.new_temp()
            names = []
            for name in p.names:
                names.append(ast.StrConst(name, lineno))
            npos = len(p.subpatterns) - len(p.names)
            values = self.helper("__match_class__", [
                subject, p.value, ast.IntConst(npos, lineno),
                ast.TupleExpr(names, ast.LOAD, lineno)], lineno)
            conds.append(ast.Compare(
                ast.NamedExpr(ast.Name(temp, ast.STORE, lineno), values, lineno),
                [ops.CMP_IS_NOT], [ast.NameConst(ast.CONST_NONE, lineno)],
                lineno))
            for i in range(len(p.subpatterns)):
                item = ast.Subscript(ast.Name(temp, ast.LOAD, lineno),
                                     ast.IntConst(i, lineno), ast.LOAD, lineno)
                self.sub_condition(conds, p.subpatterns[i], item)
        return ast.BoolOp(ops.BOOL_AND, conds, lineno)

    def sub_condition(self, conds, p, item):
        """Appends the conditions of sub-pattern p on `item`; a pattern
        using its subject more than once gets it through a temporary."""
        if p.kind == P_WILDCARD:
            return
        if p.kind == P_CAPTURE or p.kind == P_VALUE or p.kind == P_SINGLETON:
            conds.append(self.pattern_condition(p, item))
            return
        temp = self.new_temp()
        conds.append(self.bind(temp, item, p.lineno))
        conds.append(self.pattern_condition(p, ast.Name(temp, ast.LOAD,
                                                        p.lineno)))

    def bind(self, name, value, lineno):
        """`(name := value) or True`."""
        return ast.BoolOp(ops.BOOL_OR, [
            ast.NamedExpr(ast.Name(name, ast.STORE, lineno), value, lineno),
            ast.NameConst(ast.CONST_TRUE, lineno)], lineno)

    def helper(self, name, args, lineno):
        return ast.Call(ast.Name(name, ast.LOAD, lineno), args, [], lineno)
