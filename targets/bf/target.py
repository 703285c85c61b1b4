"""A Brainfuck interpreter written in RPython-3.

Usage:  bf-c PROGRAM.bf

The program is read from the named file.  All characters except the eight
commands  + - < > [ ] . ,  are comments.  The tape has 30000 cells holding
values 0..255 (arithmetic wraps).  ',' reads one byte from stdin (at end of
input the cell is left unchanged) and '.' writes the cell as one byte.

Exit codes: 0 success, 1 usage error, 2 unreadable file, 3 unbalanced
brackets, 4 the data pointer moved off the tape.
"""

import os
import sys

try:
    import rpython
except ImportError:
    # untranslated run straight from a checkout: make the repository root
    # (which holds the `rpython` package) importable
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                    os.pardir, os.pardir))

from rpython.rlib.jit import JitDriver, elidable

EXECUTABLE_NAME = "bf-c"

TAPE_SIZE = 30000
OUTPUT_CHUNK = 8192

# opcodes are the ASCII codes of the command characters
OP_RIGHT = ord('>')
OP_LEFT = ord('<')
OP_INC = ord('+')
OP_DEC = ord('-')
OP_OUT = ord('.')
OP_IN = ord(',')
OP_OPEN = ord('[')
OP_CLOSE = ord(']')

# one-byte bytes objects for every cell value, built at import time so that
# the run-time code never has to construct bytes from an int
BYTE_TABLE = [bytes([_i]) for _i in range(256)]

# printable names for the opcodes (index = opcode)
OP_NAMES = ["?"] * 256
for _c in "><+-.,[]":
    OP_NAMES[ord(_c)] = _c


def get_printable_location(pc, program, bracket_map):
    return "bf pc=%d op=%s" % (pc, OP_NAMES[program[pc]])


jitdriver = JitDriver(greens=['pc', 'program', 'bracket_map'],
                      reds=['pos', 'tape', 'out'],
                      get_printable_location=get_printable_location)


class BracketError(Exception):
    def __init__(self, position):
        self.position = position


class Output(object):
    """Buffers the bytes written by '.' and writes them out in chunks."""

    def __init__(self):
        self.pieces = []

    def put(self, value):
        self.pieces.append(BYTE_TABLE[value])
        if len(self.pieces) >= OUTPUT_CHUNK:
            self.flush()

    def flush(self):
        if len(self.pieces) > 0:
            data = b"".join(self.pieces)
            self.pieces = []
            write_all(1, data)


def write_all(fd, data):
    while len(data) > 0:
        written = os.write(fd, data)
        if written <= 0:
            return
        data = data[written:]


def read_file(path):
    fd = os.open(path, os.O_RDONLY, 0o777)
    chunks = []
    try:
        while True:
            data = os.read(fd, 4096)
            if data == b"":
                break
            chunks.append(data)
    finally:
        os.close(fd)
    return b"".join(chunks)


def parse(source):
    """Keep only the command bytes; return them as a list of opcodes."""
    program = []
    for c in source:
        if (c == OP_RIGHT or c == OP_LEFT or c == OP_INC or c == OP_DEC or
                c == OP_OUT or c == OP_IN or c == OP_OPEN or c == OP_CLOSE):
            program.append(c)
    return program


def compute_bracket_map(program):
    """bracket_map[i] is the index of the bracket matching program[i]
    (0 for non-bracket positions).  Raises BracketError when unbalanced."""
    bracket_map = [0] * len(program)
    open_stack = []
    i = 0
    while i < len(program):
        op = program[i]
        if op == OP_OPEN:
            open_stack.append(i)
        elif op == OP_CLOSE:
            if len(open_stack) == 0:
                raise BracketError(i)
            start = open_stack.pop()
            bracket_map[start] = i
            bracket_map[i] = start
        i += 1
    if len(open_stack) > 0:
        raise BracketError(open_stack[len(open_stack) - 1])
    return bracket_map


@elidable
def get_matching_bracket(bracket_map, pc):
    return bracket_map[pc]


def run(program, bracket_map):
    """Execute the program.  Returns 0, or 4 if the pointer left the tape."""
    tape = [0] * TAPE_SIZE
    pos = 0
    pc = 0
    out = Output()
    # every variable live across the loop is a green or a red
    while pc < len(program):
        jitdriver.jit_merge_point(pc=pc, program=program,
                                  bracket_map=bracket_map,
                                  pos=pos, tape=tape, out=out)
        op = program[pc]
        if op == OP_INC:
            tape[pos] = (tape[pos] + 1) & 255
        elif op == OP_DEC:
            tape[pos] = (tape[pos] - 1) & 255
        elif op == OP_RIGHT:
            pos += 1
            if pos >= TAPE_SIZE:
                out.flush()
                return 4
        elif op == OP_LEFT:
            pos -= 1
            if pos < 0:
                out.flush()
                return 4
        elif op == OP_OPEN:
            if tape[pos] == 0:
                pc = get_matching_bracket(bracket_map, pc)
        elif op == OP_CLOSE:
            if tape[pos] != 0:
                pc = get_matching_bracket(bracket_map, pc)
        elif op == OP_OUT:
            out.put(tape[pos])
        elif op == OP_IN:
            out.flush()
            data = os.read(0, 1)
            if len(data) > 0:
                tape[pos] = data[0]
        pc += 1
    out.flush()
    return 0


def error(msg):
    os.write(2, msg.encode())


def entry_point(argv):
    if len(argv) < 2:
        error("usage: bf-c PROGRAM.bf\n")
        return 1
    path = argv[1]
    try:
        source = read_file(path)
    except OSError:
        error("bf-c: cannot read file: " + path + "\n")
        return 2
    program = parse(source)
    try:
        bracket_map = compute_bracket_map(program)
    except BracketError as e:
        error("bf-c: unbalanced bracket at command %d\n" % e.position)
        return 3
    status = run(program, bracket_map)
    if status == 4:
        error("bf-c: data pointer moved off the tape\n")
    return status


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
