"""Compiler from stacklang tokens to bytecode.

Pass 1 collects the names of all words defined with ': name ... ;' so that
words can be used before their definition (and recursively).  Pass 2
compiles the main program and every word into Code objects.

Control structures (Forth style):
    cond if ... then            cond if ... else ... then
    begin cond while ... repeat
Variables:
    value -> x     inside a word: store into the local x (created on first
                   use); at top level: store into the global x
    value => x     store into the global x
    x              push a local, call a word, or push a global (in this order)
Words:
    : name { a b } body ;       a and b are popped from the stack on entry
    exit                        return from the current word
"""

from sl_errors import ParseError
from sl_lexer import Lexer, TK_INT, TK_STR, TK_WORD
from sl_objects import W_Int, W_Str, w_nil, w_true, w_false
from sl_bytecode import (Code, BUILTINS, KEYWORDS, CONST, LOAD_LOCAL,
                         STORE_LOCAL, LOAD_GLOBAL, STORE_GLOBAL, CALL, JUMP,
                         JUMP_IF_FALSE, RETURN)

CTL_IF = 0
CTL_ELSE = 1
CTL_BEGIN = 2
CTL_WHILE = 3


class ControlEntry(object):
    """An open if/else/begin/while waiting for its closing word."""

    def __init__(self, kind, target, patch, line):
        self.kind = kind
        self.target = target      # BEGIN: bytecode index of the loop start
        self.patch = patch        # index of a jump argument to fill in
        self.line = line


class CodeBuilder(object):
    """Compilation state of one Code object."""

    def __init__(self, code, in_word):
        self.code = code
        self.in_word = in_word
        self.locals = {}          # name -> local index
        self.names = {}           # global name -> index in code.names
        self.callees = {}         # word name -> index in code.callees
        self.control = []         # list of ControlEntry

    def add_local(self, name):
        index = self.code.nlocals
        self.locals[name] = index
        self.code.nlocals = index + 1
        return index

    def name_index(self, name):
        index = self.names.get(name, -1)
        if index < 0:
            index = len(self.code.names)
            self.code.names.append(name)
            self.names[name] = index
        return index

    def callee_index(self, name, callee):
        index = self.callees.get(name, -1)
        if index < 0:
            index = len(self.code.callees)
            self.code.callees.append(callee)
            self.callees[name] = index
        return index

    def const_index(self, w_value):
        self.code.consts.append(w_value)
        return len(self.code.consts) - 1

    def here(self):
        return len(self.code.bytecode)


def parse_error(msg, line):
    err = ParseError(msg)
    err.set_location(line, "")
    return err


class Compiler(object):
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0
        self.words = {}           # word name -> Code

    def collect_words(self):
        tokens = self.tokens
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if tok.kind == TK_WORD and tok.text == ":":
                if i + 1 >= len(tokens):
                    raise parse_error("missing name after ':'", tok.line)
                name_tok = tokens[i + 1]
                name = name_tok.text
                if name_tok.kind != TK_WORD or name in KEYWORDS:
                    raise parse_error("bad word name after ':'", tok.line)
                if name in BUILTINS:
                    raise parse_error("cannot redefine builtin '" + name +
                                      "'", tok.line)
                if name in self.words:
                    raise parse_error("word '" + name + "' defined twice",
                                      tok.line)
                self.words[name] = Code(name)
                i += 2
            else:
                i += 1

    def compile_program(self):
        self.collect_words()
        main = Code("main")
        builder = CodeBuilder(main, False)
        last_line = 1
        while self.pos < len(self.tokens):
            tok = self.tokens[self.pos]
            self.pos += 1
            last_line = tok.line
            if tok.kind == TK_WORD and tok.text == ":":
                self.check_closed(builder)
                self.compile_definition(tok)
            else:
                self.compile_token(builder, tok)
        self.check_closed(builder)
        main.emit(RETURN, 0, last_line)
        return main

    def check_closed(self, builder):
        if len(builder.control) > 0:
            entry = builder.control[len(builder.control) - 1]
            if entry.kind == CTL_IF or entry.kind == CTL_ELSE:
                raise parse_error("'if' without 'then'", entry.line)
            raise parse_error("'begin' without 'repeat'", entry.line)

    def next_name(self, after):
        """The word following the token `after` (used by -> and =>)."""
        if self.pos >= len(self.tokens):
            raise parse_error("missing name after '" + after.text + "'",
                              after.line)
        tok = self.tokens[self.pos]
        self.pos += 1
        if (tok.kind != TK_WORD or tok.text in KEYWORDS or
                tok.text in BUILTINS or tok.text in self.words):
            raise parse_error("bad variable name after '" + after.text + "'",
                              tok.line)
        return tok.text

    def compile_definition(self, colon):
        name = self.tokens[self.pos].text     # checked by collect_words
        self.pos += 1
        code = self.words[name]
        builder = CodeBuilder(code, True)
        # optional argument list { a b c }
        if (self.pos < len(self.tokens) and
                self.tokens[self.pos].kind == TK_WORD and
                self.tokens[self.pos].text == "{"):
            self.pos += 1
            while True:
                if self.pos >= len(self.tokens):
                    raise parse_error("unterminated argument list",
                                      colon.line)
                tok = self.tokens[self.pos]
                self.pos += 1
                if tok.kind == TK_WORD and tok.text == "}":
                    break
                if (tok.kind != TK_WORD or tok.text in KEYWORDS or
                        tok.text in BUILTINS):
                    raise parse_error("bad argument name", tok.line)
                if tok.text in builder.locals:
                    raise parse_error("duplicate argument '" + tok.text +
                                      "'", tok.line)
                builder.add_local(tok.text)
            code.nargs = code.nlocals
        # body up to ';'
        while True:
            if self.pos >= len(self.tokens):
                raise parse_error("definition of '" + name +
                                  "' is missing ';'", colon.line)
            tok = self.tokens[self.pos]
            self.pos += 1
            if tok.kind == TK_WORD and tok.text == ";":
                self.check_closed(builder)
                code.emit(RETURN, 0, tok.line)
                return
            if tok.kind == TK_WORD and tok.text == ":":
                raise parse_error("nested definition", tok.line)
            self.compile_token(builder, tok)

    def compile_token(self, builder, tok):
        code = builder.code
        line = tok.line
        if tok.kind == TK_INT:
            code.emit(CONST, builder.const_index(W_Int(tok.intval)), line)
            return
        if tok.kind == TK_STR:
            code.emit(CONST, builder.const_index(W_Str(tok.text)), line)
            return
        text = tok.text
        opcode = BUILTINS.get(text, -1)
        if opcode >= 0:
            code.emit(opcode, 0, line)
        elif text in KEYWORDS:
            self.compile_keyword(builder, tok)
        elif text in builder.locals:
            code.emit(LOAD_LOCAL, builder.locals[text], line)
        elif text in self.words:
            callee = self.words[text]
            code.emit(CALL, builder.callee_index(text, callee), line)
        else:
            code.emit(LOAD_GLOBAL, builder.name_index(text), line)

    def compile_keyword(self, builder, tok):
        code = builder.code
        text = tok.text
        line = tok.line
        control = builder.control
        if text == "true":
            code.emit(CONST, builder.const_index(w_true), line)
        elif text == "false":
            code.emit(CONST, builder.const_index(w_false), line)
        elif text == "nil":
            code.emit(CONST, builder.const_index(w_nil), line)
        elif text == "if":
            patch = code.emit(JUMP_IF_FALSE, 0, line)
            control.append(ControlEntry(CTL_IF, 0, patch, line))
        elif text == "else":
            if len(control) == 0 or control[len(control) - 1].kind != CTL_IF:
                raise parse_error("'else' without 'if'", line)
            entry = control[len(control) - 1]
            patch = code.emit(JUMP, 0, line)
            code.bytecode[entry.patch] = builder.here()
            entry.kind = CTL_ELSE
            entry.patch = patch
        elif text == "then":
            if len(control) == 0 or (control[len(control) - 1].kind != CTL_IF
                                     and control[len(control) - 1].kind !=
                                     CTL_ELSE):
                raise parse_error("'then' without 'if'", line)
            entry = control.pop()
            code.bytecode[entry.patch] = builder.here()
        elif text == "begin":
            control.append(ControlEntry(CTL_BEGIN, builder.here(), 0, line))
        elif text == "while":
            if (len(control) == 0 or
                    control[len(control) - 1].kind != CTL_BEGIN):
                raise parse_error("'while' without 'begin'", line)
            entry = control[len(control) - 1]
            entry.patch = code.emit(JUMP_IF_FALSE, 0, line)
            entry.kind = CTL_WHILE
        elif text == "repeat":
            if (len(control) == 0 or
                    control[len(control) - 1].kind != CTL_WHILE):
                raise parse_error("'repeat' without 'while'", line)
            entry = control.pop()
            code.emit(JUMP, entry.target, line)
            code.bytecode[entry.patch] = builder.here()
        elif text == "->":
            name = self.next_name(tok)
            if builder.in_word:
                index = builder.locals.get(name, -1)
                if index < 0:
                    index = builder.add_local(name)
                code.emit(STORE_LOCAL, index, line)
            else:
                code.emit(STORE_GLOBAL, builder.name_index(name), line)
        elif text == "=>":
            name = self.next_name(tok)
            code.emit(STORE_GLOBAL, builder.name_index(name), line)
        elif text == "exit":
            code.emit(RETURN, 0, line)
        elif text == ";":
            raise parse_error("';' outside a definition", line)
        else:
            # ':' is handled by the callers; '{' and '}' only belong in
            # the argument list of a definition
            raise parse_error("unexpected '" + text + "'", line)


def compile_source(source):
    """Tokenize and compile a whole program; returns the main Code."""
    tokens = Lexer(source).tokenize()
    return Compiler(tokens).compile_program()
