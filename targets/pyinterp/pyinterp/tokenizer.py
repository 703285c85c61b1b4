"""Tokenizer: source text -> list of Token.

Handles indentation (INDENT/DEDENT), implicit line joining inside brackets,
backslash continuations, comments, numbers (decimal, hex, octal, binary,
underscores, floats, exponents, imaginary suffix rejected), strings with
prefixes (r, b, f, combinations), triple quotes and escapes.
"""

from pyinterp.error import SyntaxErr

T_ENDMARKER = 0
T_NAME = 1
T_NUMBER = 2
T_STRING = 3
T_OP = 4
T_NEWLINE = 5
T_INDENT = 6
T_DEDENT = 7

TOKEN_NAMES = ["ENDMARKER", "NAME", "NUMBER", "STRING", "OP", "NEWLINE",
               "INDENT", "DEDENT"]

# longest operators first
OPERATORS_3 = ["**=", "//=", ">>=", "<<=", "..."]
OPERATORS_2 = ["**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=",
               "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":="]
OPERATORS_1 = "+-*/%&|^~<>()[]{},:;.=@"


class Token(object):
    def __init__(self, type, value, lineno, col):
        self.type = type
        self.value = value      # text of the token; decoded body for strings
        self.lineno = lineno
        self.col = col
        self.end_col = col + len(value)     # column after the token's text
        self.prefix = ""        # string prefix, lowercased ("", "r", "b", "f", "rb", "fr"...)

    def __repr__(self):
        return "Token(%s, %r, %d)" % (TOKEN_NAMES[self.type], self.value,
                                      self.lineno)


def is_name_start(c):
    return c.isalpha() or c == "_" or ord(c) >= 128


def is_name_char(c):
    return c.isalnum() or c == "_" or ord(c) >= 128


def is_digit(c):
    return "0" <= c <= "9"


def hex4(n):
    """n in upper-case hex, at least 4 digits."""
    digits = "0123456789ABCDEF"
    s = ""
    while n > 0 or len(s) < 4:
        s = digits[n & 15] + s
        n >>= 4
    return s


def is_base_digit(c, base):
    if base == 16:
        return is_hex_digit(c)
    if base == 8:
        return "0" <= c <= "7"
    if base == 2:
        return c == "0" or c == "1"
    return is_digit(c)


def is_hex_digit(c):
    return ("0" <= c <= "9") or ("a" <= c <= "f") or ("A" <= c <= "F")


class Tokenizer(object):
    def __init__(self, source, filename):
        self.src = source
        self.filename = filename
        self.pos = 0
        self.lineno = 1
        self.linestart = 0
        self.tokens = []
        self.indents = [0]
        self.altindents = [0]   # the same with a tab counting as 1 column
        self.parenlevel = 0
        # the open brackets: character, line and column of each
        self.open_chars = []
        self.open_lines = []
        self.open_cols = []
        self.at_line_start = True

    def error(self, msg):
        raise SyntaxErr(msg, self.filename, self.lineno,
                        self.pos - self.linestart + 1)

    def indent_error(self, msg):
        e = SyntaxErr(msg, self.filename, self.lineno,
                      self.pos - self.linestart + 1)
        e.indentation = True
        raise e

    def add(self, type, value, col):
        tok = Token(type, value, self.lineno, col)
        self.tokens.append(tok)
        return tok

    def newline(self):
        self.lineno += 1
        self.linestart = self.pos

    def tokenize(self):
        src = self.src
        n = len(src)
        while True:
            if self.at_line_start and self.parenlevel == 0:
                if not self.handle_indentation():
                    break
            if self.pos >= n:
                break
            c = src[self.pos]
            col = self.pos - self.linestart
            if c == " " or c == "\t" or c == "\f":
                self.pos += 1
            elif c == "#":
                while self.pos < n and src[self.pos] != "\n":
                    self.pos += 1
            elif c == "\r":
                self.pos += 1
            elif c == "\n":
                self.pos += 1
                if self.parenlevel == 0:
                    self.add(T_NEWLINE, "", col)
                    self.at_line_start = True
                self.newline()
            elif c == "\\":
                self.pos += 1
                if self.pos < n and src[self.pos] == "\r":
                    self.pos += 1
                if self.pos < n and src[self.pos] == "\n":
                    self.pos += 1
                    self.newline()
                else:
                    self.error("unexpected character after line continuation character")
            elif is_name_start(c):
                start = self.pos
                while self.pos < n and is_name_char(src[self.pos]):
                    self.pos += 1
                word = src[start:self.pos]
                if (self.pos < n and (src[self.pos] == "'" or src[self.pos] == '"')
                        and self.is_string_prefix(word)):
                    self.read_string(word.lower(), col)
                else:
                    self.add(T_NAME, word, col)
            elif is_digit(c) or (c == "." and self.pos + 1 < n and is_digit(src[self.pos + 1])):
                self.read_number(col)
            elif c == "'" or c == '"':
                self.read_string("", col)
            else:
                self.read_operator(col)
        # end of input
        if len(self.tokens) > 0 and self.tokens[-1].type != T_NEWLINE \
                and self.tokens[-1].type != T_DEDENT:
            self.add(T_NEWLINE, "", self.pos - self.linestart)
        while len(self.indents) > 1:
            self.indents.pop()
            self.add(T_DEDENT, "", 0)
        self.add(T_ENDMARKER, "", 0)
        return self.tokens

    def is_string_prefix(self, word):
        w = word.lower()
        return (w == "r" or w == "b" or w == "f" or w == "u" or w == "rb"
                or w == "br" or w == "fr" or w == "rf")

    def handle_indentation(self):
        """At the start of a logical line: measure indentation, skip blank
        lines and comment-only lines. Returns False at end of input."""
        src = self.src
        n = len(src)
        while True:
            col = 0
            altcol = 0
            while self.pos < n:
                c = src[self.pos]
                if c == " ":
                    col += 1
                    altcol += 1
                elif c == "\t":
                    col = (col // 8 + 1) * 8
                    altcol += 1
                elif c == "\f":
                    col = 0
                    altcol = 0
                else:
                    break
                self.pos += 1
            if self.pos >= n:
                return False
            c = src[self.pos]
            if c == "#":
                while self.pos < n and src[self.pos] != "\n":
                    self.pos += 1
                continue
            if c == "\r":
                self.pos += 1
                continue
            if c == "\n":
                self.pos += 1
                self.newline()
                continue
            if c == "\\":
                # a continuation line at the start of a logical line
                break
            break
        self.at_line_start = False
        current = self.indents[-1]
        if col > current:
            if altcol <= self.altindents[-1]:
                self.tab_error()
            self.indents.append(col)
            self.altindents.append(altcol)
            # an "unexpected indent" is reported at the indentation's end
            self.add(T_INDENT, "", self.pos - self.linestart - 1)
        elif col < current:
            while col < self.indents[-1]:
                self.indents.pop()
                self.altindents.pop()
                self.add(T_DEDENT, "", 0)
            if col != self.indents[-1]:
                # reported at the end of the line, like CPython
                end = self.pos
                while end < n and src[end] != "\n":
                    end += 1
                self.pos = end
                self.indent_error("unindent does not match any outer indentation level")
            if altcol != self.altindents[-1]:
                self.tab_error()
        elif altcol != self.altindents[-1]:
            self.tab_error()
        return True

    def tab_error(self):
        e = SyntaxErr("inconsistent use of tabs and spaces in indentation",
                      self.filename, self.lineno, 1)
        e.indentation = True
        e.tab_error = True
        raise e

    def number_error(self, msg, pos):
        """A number literal error with CPython's offset (the 0-based
        column of `pos`, i.e. the caret under the character before)."""
        raise SyntaxErr(msg, self.filename, self.lineno, pos - self.linestart)

    def read_digit_run(self, base, kind, allow_leading_underscore):
        """Digits of `base` with single underscores between them."""
        src = self.src
        n = len(src)
        start = self.pos
        while self.pos < n:
            c = src[self.pos]
            if is_base_digit(c, base):
                self.pos += 1
            elif c == "_" and (self.pos > start or allow_leading_underscore):
                self.pos += 1
                if self.pos >= n or not is_base_digit(src[self.pos], base):
                    self.number_error("invalid %s literal" % kind, self.pos)
            else:
                break
        return self.pos > start

    def read_number(self, col):
        src = self.src
        n = len(src)
        start = self.pos
        c = src[self.pos]
        kind = "decimal"
        if c == "0" and self.pos + 1 < n and src[self.pos + 1] in "xXoObB":
            p = src[self.pos + 1]
            base = 16
            kind = "hexadecimal"
            if p == "o" or p == "O":
                base = 8
                kind = "octal"
            elif p == "b" or p == "B":
                base = 2
                kind = "binary"
            self.pos += 2
            if not self.read_digit_run(base, kind, True) and \
                    not (self.pos < n and is_digit(src[self.pos])):
                self.number_error("invalid %s literal" % kind, self.pos)
            if base != 16 and self.pos < n and is_digit(src[self.pos]):
                self.number_error("invalid digit '%s' in %s literal"
                                  % (src[self.pos], kind), self.pos + 1)
        else:
            self.read_digit_run(10, kind, False)
            if self.pos < n and src[self.pos] == ".":
                self.pos += 1
                self.read_digit_run(10, kind, False)
            if self.pos < n and (src[self.pos] == "e" or src[self.pos] == "E"):
                p = self.pos + 1
                if p < n and (src[p] == "+" or src[p] == "-"):
                    p += 1
                if p < n and is_digit(src[p]):
                    self.pos = p
                    self.read_digit_run(10, kind, False)
            if self.pos < n and (src[self.pos] == "j" or src[self.pos] == "J"):
                self.error("complex numbers are not supported")
        if self.pos < n and is_name_char(src[self.pos]) and \
                not self.keyword_follows():
            self.number_error("invalid %s literal" % kind, self.pos)
        self.add(T_NUMBER, src[start:self.pos], col)

    def keyword_follows(self):
        """Whether a keyword CPython accepts right after a number (`1if`,
        `0or`...) starts at the current position."""
        rest = self.src[self.pos:self.pos + 4]
        return rest.startswith("and") or rest.startswith("else") or \
            rest.startswith("for") or rest.startswith("if") or \
            rest.startswith("in") or rest.startswith("is") or \
            rest.startswith("not") or rest.startswith("or")

    def read_operator(self, col):
        src = self.src
        p = self.pos
        n = len(src)
        if p + 3 <= n:
            s3 = src[p:p + 3]
            for op in OPERATORS_3:
                if s3 == op:
                    self.pos += 3
                    self.add(T_OP, op, col)
                    return
        if p + 2 <= n:
            s2 = src[p:p + 2]
            for op in OPERATORS_2:
                if s2 == op:
                    self.pos += 2
                    self.add(T_OP, op, col)
                    return
        c = src[p]
        if c in OPERATORS_1:
            if c == "(" or c == "[" or c == "{":
                self.parenlevel += 1
                self.open_chars.append(c)
                self.open_lines.append(self.lineno)
                self.open_cols.append(col)
            elif c == ")" or c == "]" or c == "}":
                self.close_bracket(c, col)
            self.pos += 1
            self.add(T_OP, c, col)
            return
        if ord(c) < 128:
            self.error("invalid syntax")
        self.error("invalid character '%s' (U+%s)" % (c, hex4(ord(c))))

    def close_bracket(self, c, col):
        """Checks a closing bracket against the innermost open one."""
        if len(self.open_chars) == 0:
            raise SyntaxErr("unmatched '%s'" % c, self.filename, self.lineno,
                            col + 1)
        opening = self.open_chars.pop()
        line = self.open_lines.pop()
        self.open_cols.pop()
        self.parenlevel -= 1
        if (opening == "(" and c != ")") or (opening == "[" and c != "]") or \
                (opening == "{" and c != "}"):
            msg = "closing parenthesis '%s' does not match opening parenthesis '%s'" \
                % (c, opening)
            if line != self.lineno:
                msg += " on line %d" % line
            raise SyntaxErr(msg, self.filename, self.lineno, col + 1)

    def read_string(self, prefix, col):
        src = self.src
        n = len(src)
        quote = src[self.pos]
        triple = False
        if self.pos + 2 < n and src[self.pos + 1] == quote and src[self.pos + 2] == quote:
            triple = True
            self.pos += 3
        else:
            self.pos += 1
        startline = self.lineno
        startcol = self.pos - self.linestart
        if triple:
            startcol -= 2
        start = self.pos
        while True:
            if self.pos >= n:
                if triple:
                    detected = self.lineno
                    if n > 0 and src[n - 1] == "\n":
                        detected -= 1
                    raise SyntaxErr("unterminated triple-quoted string literal"
                                    " (detected at line %d)" % detected,
                                    self.filename, startline, startcol)
                raise SyntaxErr("unterminated string literal (detected at"
                                " line %d)" % self.lineno, self.filename,
                                startline, startcol)
            c = src[self.pos]
            if c == "\\":
                self.pos += 1
                if self.pos < n and src[self.pos] == "\n":
                    self.pos += 1
                    self.newline()
                else:
                    self.pos += 1
                continue
            if c == "\n":
                if not triple:
                    raise SyntaxErr("unterminated string literal (detected at"
                                    " line %d)" % self.lineno, self.filename,
                                    startline, startcol)
                self.pos += 1
                self.newline()
                continue
            if c == quote:
                if not triple:
                    break
                if self.pos + 2 < n and src[self.pos + 1] == quote and src[self.pos + 2] == quote:
                    break
            self.pos += 1
        body = src[start:self.pos]
        if triple:
            self.pos += 3
        else:
            self.pos += 1
        israw = "r" in prefix
        isf = "f" in prefix
        if isf:
            value = body      # the parser splits f-strings itself
        elif israw:
            value = body
        else:
            value = decode_escapes(body, self)
        tok = Token(T_STRING, value, startline, col)
        tok.end_col = col + 1
        if self.lineno == startline:
            tok.end_col = self.pos - self.linestart
        p = prefix
        if p == "u":
            p = ""
        if p == "br":
            p = "rb"
        if p == "rf":
            p = "fr"
        tok.prefix = p
        self.tokens.append(tok)


def hexval(c):
    if "0" <= c <= "9":
        return ord(c) - ord("0")
    if "a" <= c <= "f":
        return ord(c) - ord("a") + 10
    if "A" <= c <= "F":
        return ord(c) - ord("A") + 10
    return -1


def decode_escapes(s, tokenizer):
    """Process backslash escapes of a non-raw string literal body."""
    if "\\" not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            out.append("\\")
            break
        c = s[i]
        i += 1
        if c == "n":
            out.append("\n")
        elif c == "t":
            out.append("\t")
        elif c == "r":
            out.append("\r")
        elif c == "\\":
            out.append("\\")
        elif c == "'":
            out.append("'")
        elif c == '"':
            out.append('"')
        elif c == "\n":
            pass
        elif c == "0" or c == "1" or c == "2" or c == "3" or c == "4" or c == "5" or c == "6" or c == "7":
            v = ord(c) - ord("0")
            k = 0
            while k < 2 and i < n and "0" <= s[i] <= "7":
                v = v * 8 + ord(s[i]) - ord("0")
                i += 1
                k += 1
            out.append(chr(v))
        elif c == "x" or c == "u" or c == "U":
            if c == "x":
                count = 2
            elif c == "u":
                count = 4
            else:
                count = 8
            v = 0
            k = 0
            while k < count:
                if i >= n or hexval(s[i]) < 0:
                    if tokenizer is not None:
                        tokenizer.error("truncated \\%sXX escape" % c)
                    break
                v = v * 16 + hexval(s[i])
                i += 1
                k += 1
            out.append(chr(v))
        elif c == "a":
            out.append("\a")
        elif c == "b":
            out.append("\b")
        elif c == "f":
            out.append("\f")
        elif c == "v":
            out.append("\v")
        else:
            out.append("\\")
            out.append(c)
    return "".join(out)


def tokenize(source, filename):
    return Tokenizer(source, filename).tokenize()
