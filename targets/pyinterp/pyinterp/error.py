"""Interpreter-level exceptions."""


class SyntaxErr(Exception):
    """Raised by the tokenizer, parser and compiler."""

    def __init__(self, msg, filename, lineno, offset):
        self.msg = msg
        self.filename = filename
        self.lineno = lineno
        self.offset = offset            # 1-based column, 0 if unknown
        self.indentation = False        # an IndentationError
        self.tab_error = False          # a TabError
        self.text = None                # the source line, if known
        self.end_lineno = 0             # 0: same as lineno
        self.end_offset = 0             # 0: same as offset


class OperationError(Exception):
    """An application-level exception travelling through interpreter-level
    code.  w_value is always an exception instance (normalized eagerly)."""

    _attrs_ = ['w_type', 'w_value', 'skip_tb']

    def __init__(self, w_type, w_value):
        self.w_type = w_type
        self.w_value = w_value
        self.skip_tb = False

    def match(self, space, w_check_class):
        return space.exception_match(self.w_type, w_check_class)

    def __str__(self):
        return "<OperationError>"
