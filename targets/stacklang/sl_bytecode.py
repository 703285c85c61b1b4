"""Bytecode of stacklang.

Every instruction is two ints in Code.bytecode: the opcode and its argument
(0 when unused).  The lookup tables are built at import time and only
read at run time.
"""

# opcodes
CONST = 0               # push consts[arg]
LOAD_LOCAL = 1          # push locals[arg]
STORE_LOCAL = 2         # pop into locals[arg]
LOAD_GLOBAL = 3         # push the global variable names[arg]
STORE_GLOBAL = 4        # pop into the global variable names[arg]
CALL = 5                # call the word callees[arg]
JUMP = 6                # pc = arg
JUMP_IF_FALSE = 7       # pop; if false: pc = arg
RETURN = 8              # return to the caller
ADD = 9                 # builtin words from here on
SUB = 10
MUL = 11
DIV = 12
MOD = 13
NEG = 14
ABS = 15
MAX = 16
MIN = 17
EQ = 18
NE = 19
LT = 20
GT = 21
LE = 22
GE = 23
NOT = 24
AND = 25
OR = 26
DUP = 27
DROP = 28
SWAP = 29
OVER = 30
ROT = 31
DEPTH = 32
PRINTLN = 33
PRINT = 34
CR = 35
LEN = 36
UPPER = 37
LOWER = 38
SUBSTR = 39
FIND = 40
AT = 41
STR = 42
INT = 43
ORD = 44
CHR = 45
THROW = 46

OPCODE_NAMES = [
    "CONST", "LOAD_LOCAL", "STORE_LOCAL", "LOAD_GLOBAL", "STORE_GLOBAL",
    "CALL", "JUMP", "JUMP_IF_FALSE", "RETURN", "ADD", "SUB", "MUL", "DIV",
    "MOD", "NEG", "ABS", "MAX", "MIN", "EQ", "NE", "LT", "GT", "LE", "GE",
    "NOT", "AND", "OR", "DUP", "DROP", "SWAP", "OVER", "ROT", "DEPTH",
    "PRINTLN", "PRINT", "CR", "LEN", "UPPER", "LOWER", "SUBSTR", "FIND", "AT",
    "STR", "INT", "ORD", "CHR", "THROW",
]

# the source spelling of every builtin word
BUILTIN_SPELLING = [
    ("+", "ADD"), ("-", "SUB"), ("*", "MUL"), ("/", "DIV"), ("mod", "MOD"),
    ("neg", "NEG"), ("abs", "ABS"), ("max", "MAX"), ("min", "MIN"),
    ("=", "EQ"), ("<>", "NE"), ("<", "LT"), (">", "GT"), ("<=", "LE"),
    (">=", "GE"), ("not", "NOT"), ("and", "AND"), ("or", "OR"),
    ("dup", "DUP"), ("drop", "DROP"), ("swap", "SWAP"), ("over", "OVER"),
    ("rot", "ROT"), ("depth", "DEPTH"),
    (".", "PRINTLN"), ("print", "PRINT"), ("cr", "CR"),
    ("len", "LEN"), ("upper", "UPPER"), ("lower", "LOWER"),
    ("substr", "SUBSTR"), ("find", "FIND"), ("at", "AT"), ("str", "STR"),
    ("int", "INT"), ("ord", "ORD"), ("chr", "CHR"), ("throw", "THROW"),
]

# word -> opcode; read-only at run time
BUILTINS = {}
for _word, _name in BUILTIN_SPELLING:
    BUILTINS[_word] = OPCODE_NAMES.index(_name)

# words with a special meaning to the compiler
KEYWORDS = {}
for _word in [":", ";", "{", "}", "if", "else", "then", "begin", "while",
              "repeat", "->", "=>", "exit", "true", "false", "nil"]:
    KEYWORDS[_word] = True


class Code(object):
    """A compiled word (or the main program)."""

    def __init__(self, name):
        self.name = name
        self.bytecode = []      # list of int: opcode, argument, opcode, ...
        self.lines = []         # source line of every instruction
        self.consts = []        # list of W_Object
        self.names = []         # names of global variables
        self.callees = []       # list of Code, for CALL
        self.nargs = 0          # arguments popped into the first locals
        self.nlocals = 0

    def emit(self, opcode, arg, line):
        """Append an instruction; return the index of its argument slot."""
        self.bytecode.append(opcode)
        self.bytecode.append(arg)
        self.lines.append(line)
        return len(self.bytecode) - 1

    def line_at(self, pc):
        index = pc // 2
        if index < 0 or index >= len(self.lines):
            return 0
        return self.lines[index]

    def dump(self):
        """Disassembly (used for debugging and by the tests)."""
        result = []
        pc = 0
        while pc < len(self.bytecode):
            op = self.bytecode[pc]
            result.append("%d %s %d" % (pc, OPCODE_NAMES[op],
                                        self.bytecode[pc + 1]))
            pc += 2
        return "\n".join(result)
