"""Exceptions of the stacklang language.

Every error the language can report is a subclass of LangError; the kind()
method (overridden in the subclasses) names the error category in the
message printed by the entry point.
"""


class LangError(Exception):
    def __init__(self, msg):
        self.msg = msg
        self.line = 0          # 0: location not known yet
        self.where = ""        # name of the word being executed, if any

    def kind(self):
        return "error"

    def set_location(self, line, where):
        if self.line == 0:
            self.line = line
            self.where = where

    def describe(self):
        text = ""
        if self.line > 0:
            text = "line %d" % self.line
            if len(self.where) > 0:
                text = text + " (in " + self.where + ")"
            text = text + ": "
        return text + self.kind() + ": " + self.msg


class ParseError(LangError):
    def kind(self):
        return "parse error"


class StackUnderflow(LangError):
    def kind(self):
        return "stack underflow"


class TypeErr(LangError):
    def kind(self):
        return "type error"


class ValueErr(LangError):
    def kind(self):
        return "value error"


class ArithError(LangError):
    def kind(self):
        return "arithmetic error"


class UndefinedName(LangError):
    def kind(self):
        return "undefined name"


class RecursionErr(LangError):
    def kind(self):
        return "recursion error"


class UserError(LangError):
    def kind(self):
        return "user error"
