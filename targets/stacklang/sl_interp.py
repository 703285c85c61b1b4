"""The stacklang virtual machine.

A single dispatch loop executes the bytecode of all words: calls push the
current Frame on an explicit call stack instead of recursing in the host
language, so the loop in VM.execute is the only interpreter loop (and the
place of the JIT merge point).  Values live on one shared data stack.
"""

from rpython.rlib.jit import JitDriver, elidable

from sl_errors import (LangError, StackUnderflow, TypeErr, ValueErr,
                       UndefinedName, RecursionErr, UserError)
from sl_objects import W_Int, W_Str, w_nil, wrap_bool, parse_int
from sl_bytecode import (OPCODE_NAMES, CONST, LOAD_LOCAL, STORE_LOCAL,
                         LOAD_GLOBAL, STORE_GLOBAL, CALL, JUMP, JUMP_IF_FALSE,
                         RETURN, ADD, SUB, MUL, DIV, MOD, NEG, ABS, MAX, MIN,
                         EQ, NE, LT, GT, LE, GE, NOT, AND, OR, DUP, DROP,
                         SWAP, OVER, ROT, DEPTH, PRINTLN, PRINT, CR, LEN,
                         UPPER, LOWER, SUBSTR, FIND, AT, STR, INT, ORD, CHR,
                         THROW)
from sl_io import Output

MAX_CALL_DEPTH = 10000
MAX_CODE_POINT = 0x10FFFF


def get_printable_location(pc, code):
    return code.name + ":" + str(pc) + " " + OPCODE_NAMES[code.bytecode[pc]]


jitdriver = JitDriver(greens=['pc', 'code'], reds=['frame', 'vm'],
                      get_printable_location=get_printable_location)


# The bytecode of a Code object never changes once compilation is finished
# (which happens before anything runs), so reading it is pure.
@elidable
def code_fetch(code, pc):
    return code.bytecode[pc]


@elidable
def code_const(code, index):
    return code.consts[index]


@elidable
def code_callee(code, index):
    return code.callees[index]


@elidable
def code_name(code, index):
    return code.names[index]


class Frame(object):
    """Activation of a word: its locals and where to continue in it after
    a call returns."""

    def __init__(self, code):
        self.code = code
        self.locals = [w_nil] * code.nlocals
        self.return_pc = 0


class VM(object):
    def __init__(self):
        self.stack = []           # the data stack: list of W_Object
        self.frames = []          # suspended callers: list of Frame
        self.globals = {}         # name -> W_Object
        self.out = Output()

    # ---- data stack -------------------------------------------------

    def push(self, w_value):
        self.stack.append(w_value)

    def pop(self):
        if len(self.stack) == 0:
            raise StackUnderflow("the stack is empty")
        return self.stack.pop()

    def peek(self, depth):
        """The value `depth` places below the top (0 = top)."""
        n = len(self.stack)
        if depth >= n:
            raise StackUnderflow("the stack has only %d values" % n)
        return self.stack[n - 1 - depth]

    def pop_int(self, opname):
        w_value = self.pop()
        if isinstance(w_value, W_Int):
            return w_value.value
        raise TypeErr("'" + opname + "' expects an int, got " +
                      w_value.type_name())

    def pop_str(self, opname):
        w_value = self.pop()
        if isinstance(w_value, W_Str):
            return w_value.value
        raise TypeErr("'" + opname + "' expects a str, got " +
                      w_value.type_name())

    # ---- the dispatch loop -------------------------------------------

    def execute(self, main):
        # every variable live across the loop is a green or a red: keep
        # the loop free of other locals (such as `main`)
        code = main
        frame = Frame(code)
        pc = 0
        try:
            while True:
                jitdriver.jit_merge_point(pc=pc, code=code, frame=frame,
                                          vm=self)
                op = code_fetch(code, pc)
                arg = code_fetch(code, pc + 1)
                pc += 2
                if op == CONST:
                    self.push(code_const(code, arg))
                elif op == LOAD_LOCAL:
                    self.push(frame.locals[arg])
                elif op == STORE_LOCAL:
                    frame.locals[arg] = self.pop()
                elif op == LOAD_GLOBAL:
                    name = code_name(code, arg)
                    w_value = self.globals.get(name, None)
                    if w_value is None:
                        raise UndefinedName("'" + name + "' is not defined")
                    self.push(w_value)
                elif op == STORE_GLOBAL:
                    self.globals[code_name(code, arg)] = self.pop()
                elif op == JUMP:
                    if arg < pc:
                        pc = arg
                        jitdriver.can_enter_jit(pc=pc, code=code,
                                                frame=frame, vm=self)
                    else:
                        pc = arg
                elif op == JUMP_IF_FALSE:
                    if not self.pop().is_true():
                        pc = arg
                elif op == CALL:
                    callee = code_callee(code, arg)
                    if len(self.frames) >= MAX_CALL_DEPTH:
                        raise RecursionErr("too many nested calls")
                    new_frame = Frame(callee)
                    i = callee.nargs - 1
                    while i >= 0:
                        new_frame.locals[i] = self.pop()
                        i -= 1
                    frame.return_pc = pc
                    self.frames.append(frame)
                    frame = new_frame
                    code = callee
                    pc = 0
                elif op == RETURN:
                    if len(self.frames) == 0:
                        return
                    frame = self.frames.pop()
                    code = frame.code
                    pc = frame.return_pc
                else:
                    self.builtin(op)
        except LangError as e:
            where = ""
            if len(self.frames) > 0:      # not in the main program
                where = code.name
            e.set_location(code.line_at(pc - 2), where)
            raise e

    # ---- builtin words ------------------------------------------------

    def builtin(self, op):
        if op == ADD:
            w_b = self.pop()
            w_a = self.pop()
            self.push(w_a.add(w_b))
        elif op == SUB:
            w_b = self.pop()
            w_a = self.pop()
            self.push(w_a.sub(w_b))
        elif op == MUL:
            w_b = self.pop()
            w_a = self.pop()
            self.push(w_a.mul(w_b))
        elif op == DIV:
            w_b = self.pop()
            w_a = self.pop()
            self.push(w_a.div(w_b))
        elif op == MOD:
            w_b = self.pop()
            w_a = self.pop()
            self.push(w_a.mod(w_b))
        elif op == NEG:
            self.push(self.pop().neg())
        elif op == ABS:
            w_a = self.pop()
            if not isinstance(w_a, W_Int):
                raise TypeErr("cannot apply 'abs' to " + w_a.type_name())
            if w_a.value < 0:
                w_a = w_a.neg()
            self.push(w_a)
        elif op == MAX or op == MIN:
            w_b = self.pop()
            w_a = self.pop()
            a_smaller = w_a.less_than(w_b)
            if a_smaller == (op == MAX):
                self.push(w_b)
            else:
                self.push(w_a)
        elif op == EQ or op == NE:
            w_b = self.pop()
            w_a = self.pop()
            self.push(wrap_bool(w_a.equals(w_b) == (op == EQ)))
        elif op == LT:
            w_b = self.pop()
            w_a = self.pop()
            self.push(wrap_bool(w_a.less_than(w_b)))
        elif op == GT:
            w_b = self.pop()
            w_a = self.pop()
            self.push(wrap_bool(w_b.less_than(w_a)))
        elif op == LE:
            w_b = self.pop()
            w_a = self.pop()
            self.push(wrap_bool(not w_b.less_than(w_a)))
        elif op == GE:
            w_b = self.pop()
            w_a = self.pop()
            self.push(wrap_bool(not w_a.less_than(w_b)))
        elif op == NOT:
            self.push(wrap_bool(not self.pop().is_true()))
        elif op == AND:
            w_b = self.pop()
            w_a = self.pop()
            self.push(wrap_bool(w_a.is_true() and w_b.is_true()))
        elif op == OR:
            w_b = self.pop()
            w_a = self.pop()
            self.push(wrap_bool(w_a.is_true() or w_b.is_true()))
        elif op == DUP:
            self.push(self.peek(0))
        elif op == DROP:
            self.pop()
        elif op == SWAP:
            w_b = self.pop()
            w_a = self.pop()
            self.push(w_b)
            self.push(w_a)
        elif op == OVER:
            self.push(self.peek(1))
        elif op == ROT:
            # a b c -- b c a
            w_c = self.pop()
            w_b = self.pop()
            w_a = self.pop()
            self.push(w_b)
            self.push(w_c)
            self.push(w_a)
        elif op == DEPTH:
            self.push(W_Int(len(self.stack)))
        elif op == PRINTLN:
            self.out.write(self.pop().to_str())
            self.out.write("\n")
        elif op == PRINT:
            self.out.write(self.pop().to_str())
        elif op == CR:
            self.out.write("\n")
        else:
            self.string_builtin(op)

    def string_builtin(self, op):
        if op == LEN:
            self.push(self.pop().length())
        elif op == UPPER:
            self.push(W_Str(self.pop_str("upper").upper()))
        elif op == LOWER:
            self.push(W_Str(self.pop_str("lower").lower()))
        elif op == SUBSTR:
            # s start count -- substring (clipped to the string)
            count = self.pop_int("substr")
            start = self.pop_int("substr")
            s = self.pop_str("substr")
            if start < 0 or count < 0:
                raise ValueErr("substr: negative start or count")
            if start > len(s):
                start = len(s)
            end = len(s)
            if count < end - start:
                end = start + count
            self.push(W_Str(s[start:end]))
        elif op == FIND:
            # s sub -- index of sub in s, or -1
            sub = self.pop_str("find")
            s = self.pop_str("find")
            self.push(W_Int(s.find(sub)))
        elif op == AT:
            # s i -- the one-character string at index i
            index = self.pop_int("at")
            s = self.pop_str("at")
            if index < 0 or index >= len(s):
                raise ValueErr("at: index %d out of range" % index)
            self.push(W_Str(s[index]))
        elif op == STR:
            self.push(W_Str(self.pop().to_str()))
        elif op == INT:
            w_value = self.pop()
            if isinstance(w_value, W_Int):
                self.push(w_value)
            elif isinstance(w_value, W_Str):
                self.push(parse_int(w_value.value.strip()))
            else:
                raise TypeErr("cannot convert " + w_value.type_name() +
                              " to int")
        elif op == ORD:
            s = self.pop_str("ord")
            if len(s) != 1:
                raise ValueErr("ord expects a string of length 1")
            self.push(W_Int(ord(s[0])))
        elif op == CHR:
            n = self.pop_int("chr")
            if n < 0 or n > MAX_CODE_POINT or (n >= 0xD800 and n <= 0xDFFF):
                raise ValueErr("chr: code point %d out of range" % n)
            self.push(W_Str(chr(n)))
        elif op == THROW:
            raise UserError(self.pop().to_str())
        else:
            raise LangError("unknown opcode %d" % op)


def run_program(vm, main):
    """Run the compiled main code; output is flushed even on errors."""
    try:
        vm.execute(main)
    finally:
        vm.out.flush()
