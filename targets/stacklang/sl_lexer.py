"""Tokenizer of stacklang.

Tokens are separated by whitespace.  A token is
  * an integer:  123  -45
  * a string:    "text with \\n \\t \\" \\\\ escapes"
  * a word:      any other run of non-whitespace characters
'#' at the start of a token starts a comment running to the end of the line.
"""

from sl_errors import LangError, ParseError
from sl_objects import parse_int

TK_INT = 0
TK_STR = 1
TK_WORD = 2


class Token(object):
    def __init__(self, kind, text, intval, line):
        self.kind = kind
        self.text = text
        self.intval = intval
        self.line = line


def is_space(c):
    return c == ' ' or c == '\n' or c == '\t' or c == '\r'


def is_digit(c):
    return c >= '0' and c <= '9'


class Lexer(object):
    def __init__(self, source):
        self.source = source
        self.pos = 0
        self.line = 1
        self.tokens = []

    def error(self, msg):
        err = ParseError(msg)
        err.set_location(self.line, "")
        return err

    def tokenize(self):
        source = self.source
        n = len(source)
        while self.pos < n:
            c = source[self.pos]
            if c == '\n':
                self.line += 1
                self.pos += 1
            elif is_space(c):
                self.pos += 1
            elif c == '#':
                while self.pos < n and source[self.pos] != '\n':
                    self.pos += 1
            elif c == '"':
                self.read_string()
            else:
                self.read_word()
        return self.tokens

    def read_string(self):
        source = self.source
        n = len(source)
        start_line = self.line
        self.pos += 1                       # opening quote
        pieces = []
        while True:
            if self.pos >= n:
                err = ParseError("unterminated string")
                err.set_location(start_line, "")
                raise err
            c = source[self.pos]
            if c == '"':
                self.pos += 1
                break
            if c == '\\':
                if self.pos + 1 >= n:
                    raise self.error("unterminated string")
                e = source[self.pos + 1]
                if e == 'n':
                    pieces.append('\n')
                elif e == 't':
                    pieces.append('\t')
                elif e == '"':
                    pieces.append('"')
                elif e == '\\':
                    pieces.append('\\')
                else:
                    raise self.error("unknown escape \\" + e)
                self.pos += 2
            else:
                if c == '\n':
                    self.line += 1
                pieces.append(c)
                self.pos += 1
        self.tokens.append(Token(TK_STR, "".join(pieces), 0, start_line))

    def read_word(self):
        source = self.source
        n = len(source)
        start = self.pos
        while self.pos < n and not is_space(source[self.pos]):
            self.pos += 1
        text = source[start:self.pos]
        first = text[0]
        if is_digit(first) or (len(text) > 1 and first == '-' and
                               is_digit(text[1])):
            try:
                w_int = parse_int(text)
            except LangError as e:
                raise self.error(e.msg)
            self.tokens.append(Token(TK_INT, text, w_int.value, self.line))
        else:
            self.tokens.append(Token(TK_WORD, text, 0, self.line))
