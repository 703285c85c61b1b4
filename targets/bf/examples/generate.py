"""Development tool (not part of the target): regenerates fizzbuzz.bf,
squares.bf, upper.bf and sort.bf with a small Brainfuck macro assembler.

    python3 targets/bf/examples/generate.py targets/bf/examples
"""

import os
import sys


class BF(object):
    def __init__(self):
        self.out = []
        self.ptr = 0
        self.next = 0
        self.freed = []
    def alloc(self):
        if self.freed:
            return self.freed.pop()
        c = self.next; self.next += 1; return c
    def free(self, c):
        self.clear(c); self.freed.append(c)
    def emit(self, s): self.out.append(s)
    def go(self, c):
        if c > self.ptr: self.emit('>' * (c - self.ptr))
        elif c < self.ptr: self.emit('<' * (self.ptr - c))
        self.ptr = c
    def add(self, c, n):
        self.go(c)
        n %= 256
        if n > 128: self.emit('-' * (256 - n))
        else: self.emit('+' * n)
    def clear(self, c):
        self.go(c); self.emit('[-]')
    def set(self, c, n):
        self.clear(c); self.add(c, n)
    def loop(self, c, body):
        self.go(c); self.emit('[')
        body()
        self.go(c); self.emit(']')
    def move(self, src, *dsts):
        def body():
            self.add(src, -1)
            for d in dsts: self.add(d, 1)
        self.loop(src, body)
    def copy_add(self, src, dst):
        t = self.alloc()
        self.move(src, dst, t); self.move(t, src)
        self.free(t)
    def copy(self, src):
        d = self.alloc(); self.copy_add(src, d); return d
    def if_nz(self, c, body):
        t = self.copy(c)
        def b():
            body(); self.clear(t)
        self.loop(t, b)
        self.free(t)
    def if_else(self, c, then, els):
        t = self.copy(c)
        e = self.alloc(); self.add(e, 1)
        def b1():
            then(); self.clear(e); self.clear(t)
        self.loop(t, b1)
        def b2():
            els(); self.clear(e)
        self.loop(e, b2)
        self.free(t); self.free(e)
    def not_(self, c):
        f = self.alloc(); self.add(f, 1)
        self.if_nz(c, lambda: self.clear(f))
        return f
    def eq_const(self, c, k):
        t = self.copy(c); self.add(t, -k)
        f = self.alloc(); self.add(f, 1)
        def b():
            self.clear(f); self.clear(t)
        self.loop(t, b)
        self.free(t)
        return f
    def ge_const(self, c, k):
        a = self.copy(c)
        b = self.alloc(); self.add(b, k)
        under = self.alloc()
        def body():
            self.add(b, -1)
            self.if_else(a, lambda: self.add(a, -1), lambda: self.set(under, 1))
        self.loop(b, body)
        f = self.not_(under)
        self.free(a); self.free(b); self.free(under)
        return f
    def print_str(self, s):
        t = self.alloc(); v = 0
        for ch in s:
            self.add(t, ord(ch) - v); v = ord(ch); self.emit('.')
        self.free(t)
    def print_digit(self, d):
        self.add(d, 48); self.emit('.'); self.add(d, -48)
    def print_dec(self, digits):
        started = self.alloc()
        for i in range(len(digits) - 1, -1, -1):
            d = digits[i]
            if i == 0:
                self.print_digit(d)
            else:
                self.if_nz(d, lambda: self.set(started, 1))
                self.if_nz(started, lambda d=d: self.print_digit(d))
        self.free(started)
    def inc_dec(self, digits):
        self.add(digits[0], 1)
        for i in range(len(digits) - 1):
            f = self.eq_const(digits[i], 10)
            def b(i=i):
                self.clear(digits[i]); self.add(digits[i + 1], 1)
            self.if_nz(f, b)
            self.free(f)
    def add_dec(self, s, d):
        carry = self.alloc()
        for i in range(len(s)):
            if i < len(d):
                self.copy_add(d[i], s[i])
            self.move(carry, s[i])
            f = self.ge_const(s[i], 10)
            def b(i=i):
                self.add(s[i], -10); self.add(carry, 1)
            self.if_nz(f, b)
            self.free(f)
        self.free(carry)
    def text(self, width=72):
        code = ''.join(self.out)
        return '\n'.join(code[i:i + width] for i in range(0, len(code), width)) + '\n'

COMMENT_OK = set('+-<>[].,')
def header(lines):
    text = '\n'.join(lines) + '\n\n'
    assert not (set(text) & COMMENT_OK), text
    return text

def alloc_run(self, k):
    c = self.next; self.next += k; return c
BF.alloc_run = alloc_run

def if_else_nd(self, c, then, els):
    """Non-destructive if/else on cell c using cells c+1 and c+2 (both zero
    on entry and exit); `then` and `els` must not touch those two cells."""
    t = c + 1; z = c + 2
    self.add(t, 1)
    self.go(c); self.emit('[')
    then()
    self.go(t); self.emit('-')
    self.emit(']')            # exits: t is zero; pointer at t (or at c if skipped)
    self.emit('>')            # now at z (c nonzero) or at t (c zero)
    self.ptr = t
    self.emit('[')
    els()
    self.go(t); self.emit('-')
    self.go(z); self.emit(']')
    self.ptr = z
BF.if_else_nd = if_else_nd


out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

# fizzbuzz 1..100
g = BF()
n = g.alloc(); g.add(n, 100)
num = [g.alloc() for _ in range(3)]
m3 = g.alloc(); m5 = g.alloc()
def it():
    g.inc_dec(num)
    g.add(m3, 1); g.add(m5, 1)
    f3 = g.eq_const(m3, 3); g.if_nz(f3, lambda: g.clear(m3))
    f5 = g.eq_const(m5, 5); g.if_nz(f5, lambda: g.clear(m5))
    o = g.alloc()
    g.if_nz(f3, lambda: (g.print_str('Fizz'), g.set(o, 1)))
    g.if_nz(f5, lambda: (g.print_str('Buzz'), g.set(o, 1)))
    g.if_else(o, lambda: None, lambda: g.print_dec(num))
    g.print_str('\n')
    g.free(o); g.free(f3); g.free(f5)
    g.add(n, -1)
g.loop(n, it)
open(out + '/fizzbuzz.bf', 'w').write(header([
 'FizzBuzz for the numbers 1 to 100',
 '',
 'Cell layout: a loop counter starting at 100 then a three digit decimal',
 'counter (least significant digit first) then the counters modulo 3 and 5',
 'and scratch cells; every number is printed in decimal without leading',
 'zeros unless it is a multiple of 3 or 5',
]) + g.text())

# squares of 1..100: S(n) = S(n minus 1) plus (2n minus 1), all in decimal digits
g = BF()
n = g.alloc(); g.add(n, 100)
s = [g.alloc() for _ in range(5)]
d = [g.alloc() for _ in range(3)]
g.add(d[0], 1)
def it2():
    g.add_dec(s, d)
    g.print_dec(s); g.print_str('\n')
    g.inc_dec(d); g.inc_dec(d)
    g.add(n, -1)
g.loop(n, it2)
open(out + '/squares.bf', 'w').write(header([
 'Prints the squares of 1 to 100 one per line',
 '',
 'Cells are bytes so the numbers are kept as decimal digits: a five digit',
 'square S and a three digit odd number D starting at 1; each step adds D',
 'to S with carries then prints S and adds 2 to D',
]) + g.text())

# upper: copy stdin to stdout turning a to z into A to Z
g = BF()
c = g.alloc(); more = g.alloc(); g.add(more, 1)
def it3():
    g.clear(c); g.go(c); g.emit(',')
    g.if_else(c, lambda: None, lambda: g.clear(more))
    lo = g.ge_const(c, 97)
    hi = g.ge_const(c, 123)
    nh = g.not_(hi)
    def conv():
        g.if_nz(nh, lambda: g.add(c, -32))
    g.if_nz(lo, conv)
    g.free(lo); g.free(hi); g.free(nh)
    g.if_nz(more, lambda: (g.go(c), g.emit('.')))
g.loop(more, it3)
open(out + '/upper.bf', 'w').write(header([
 'Copies standard input to standard output converting lower case ASCII',
 'letters to upper case; stops at end of input or at a zero byte',
 '',
 'The input cell is cleared before every read so that end of input',
 'which leaves the cell unchanged reads as zero',
]) + g.text())

# sort up to 10 input bytes with a bubble sorting network of compare swaps
N = 10
g = BF()
cells = [g.alloc() for _ in range(N)]
for c in cells:
    g.go(c); g.emit(',')
YB = []
def gt(a, b):
    if not YB: YB.append(g.alloc_run(3))
    x = g.copy(a); y = YB[0]; g.copy_add(b, y); f = g.alloc()
    def body():
        g.if_else_nd(y, lambda: g.add(y, -1), lambda: (g.set(f, 1), g.set(x, 1)))
        g.add(x, -1)
    g.loop(x, body)
    g.free(x); g.clear(y)
    return f
def swap(a, b):
    t = g.alloc(); g.move(a, t); g.move(b, a); g.move(t, b); g.free(t)
for i in range(N - 1):
    for j in range(N - 1 - i):
        f = gt(cells[j], cells[j + 1])
        g.if_nz(f, lambda j=j: swap(cells[j], cells[j + 1]))
        g.free(f)
for c in cells:
    g.if_nz(c, lambda c=c: (g.go(c), g.emit('.')))
g.print_str('\n')
open(out + '/sort.bf', 'w').write(header([
 'Reads up to ten bytes from standard input and prints them sorted',
 'followed by a newline',
 '',
 'The bytes sit in ten fixed cells which a bubble sorting network of 45',
 'compare and swap steps puts in order; each comparison counts two copies',
 'down together to see which reaches zero first; cells left at zero by',
 'end of input sort to the front and are not printed',
]) + g.text())
