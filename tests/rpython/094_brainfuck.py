"""A Brainfuck interpreter with a hard-coded program (hello world + a squares printer), bracket map, byte tape, JitDriver."""
import os
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "program", "brackets"], reds=["ptr", "tape", "out"])


def build_brackets(program):
    stack = []
    brackets = [0] * len(program)
    for i in range(len(program)):
        c = program[i]
        if c == "[":
            stack.append(i)
        elif c == "]":
            if len(stack) == 0:
                raise ValueError("unbalanced ]")
            j = stack.pop()
            brackets[i] = j
            brackets[j] = i
    if len(stack) != 0:
        raise ValueError("unbalanced [")
    return brackets


class Output(object):
    def __init__(self):
        self.chars = []

    def put(self, v):
        self.chars.append(chr(v))


def run(program):
    brackets = build_brackets(program)
    tape = [0] * 3000
    ptr = 0
    pc = 0
    out = Output()
    while pc < len(program):
        driver.jit_merge_point(pc=pc, program=program, brackets=brackets, ptr=ptr, tape=tape, out=out)
        c = program[pc]
        if c == ">":
            ptr += 1
        elif c == "<":
            ptr -= 1
        elif c == "+":
            tape[ptr] = (tape[ptr] + 1) & 255
        elif c == "-":
            tape[ptr] = (tape[ptr] - 1) & 255
        elif c == ".":
            out.put(tape[ptr])
        elif c == "[":
            if tape[ptr] == 0:
                pc = brackets[pc]
        elif c == "]":
            if tape[ptr] != 0:
                pc = brackets[pc]
        pc += 1
    return "".join(out.chars)


HELLO = ("++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.")

# prints the digits 0..9, each followed by a newline
COUNT = ">++++++++++>++++++++++<<++++++[>>>++++++++<<<-]>[>>.+<.<-]"

# adds two cells: 35 + 7 -> 42, printed as '*'
ADD = "+++++[>+++++++<-]>>+++++++[<+>-]<."


def entry_point(argv):
    s = run(HELLO)
    os.write(1, s.encode("utf-8"))
    print("hello length:", len(s))
    c = run(COUNT)
    print("count output:", c.replace("\n", "|"))
    print("add output:", run(ADD))
    try:
        run("[[]")
    except ValueError:
        print("error: unbalanced")
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
