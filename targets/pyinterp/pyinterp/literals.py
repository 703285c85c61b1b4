"""Literals for the parser: numbers, (implicitly concatenated) strings and
bytes, and f-strings (split here into literal parts and formatted fields,
whose expressions are parsed by a sub-parser)."""

from pyinterp import astnodes as ast
from pyinterp.tokenizer import decode_escapes, T_STRING
from pyinterp.error import SyntaxErr
from pyinterp.rlib import ovfcheck, string_to_float
from pyinterp.tokenstream import TokenStream


def digit_value(c):
    if "0" <= c <= "9":
        return ord(c) - ord("0")
    if "a" <= c <= "z":
        return ord(c) - ord("a") + 10
    if "A" <= c <= "Z":
        return ord(c) - ord("A") + 10
    return 99



class LiteralParser(TokenStream):
    """Base class of the Parser: its literal rules."""

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
                        self.error("leading zeros in decimal integer literals "
                                   "are not permitted; use an 0o prefix for "
                                   "octal integers")
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
        from pyinterp.parser import parse_sub_expression
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
