"""SyntaxError / IndentationError / TabError messages and positions as
CPython 3.11 reports them (compile() and exec() of common mistakes), and
the SyntaxError object (msg, filename, lineno, offset, text, args, str)."""

cases = [
    "x = [1, 2 3]",
    "f(a b)",
    "print('a' 'b' c)",
    "x = (1, 2",
    "foo(1, [2, 3)",
    "x = 1)",
    "x = ]",
    "if x\n    pass",
    "def f()\n    pass",
    "class A\n    pass",
    "for i in x\n    pass",
    "while x\n    pass",
    "if x:\n        a = 1\n    b = 2",
    "if x:\npass",
    "def f():\nreturn 1",
    "for i in x:\nprint(i)",
    "while 1:\nx",
    "class C:\nx = 1",
    "try:\nx",
    "with a:\nx",
    "else:\n  x",
    "s = 'abc",
    's = "abc',
    "s = '''abc",
    "x = 1\ns = 'abc\ny = 2",
    "f() = 1",
    "if f() = 1: pass",
    "a + 1 = 2",
    "x = 1 +",
    "return 1",
    "def f():\n    yield 1\nreturn 2",
    "x = 1abc",
    "x = 0x",
    "x = 1_000_",
    "x = 08",
    "print 'hello'",
    "x = = 1",
    "def f(x, x): pass",
    "break",
    "continue",
    "x +",
    "1 = x",
    "None = 1",
    "del f()",
    "(a, b) += 1",

    "f(**a, *b)",
    "f(a=1, b)",
    "import",
    "from x import",
    "x = {1: 2, 3}",
    "a, b += 1",
    "x = 5 if 3",
    "'abc' = 1",
    "def f(a=1, b): pass",
    "nonlocal x",
    
    "x = [i for i in]",
    "class A(:\n pass",
    "x = (1 2)",
    "x = 1 if True else",
    "True = 1",
    "f(x for x in y, 1)",
    "global x\nx = 1\ndef f():\n    x = 2\n    global x",
    "x = $",
    "x = 'a' 'b",
    "if True:\n  x = 1\n   y = 2",
    "  x = 1",
    "x = 1\n  y = 2",
    "def f():\n\tif x:\n        pass",
    "x = [1,\n     2,\n     3",
    "a = 1; b = 2 c = 3",
    "del 1",
    "for 1 in x: pass",
    "with a as 1: pass",
    

    "x = yield = 1",
    "*a = 1",
    "a = *b",
    "print(*)",
    "x.1",
    "assert(x, 'msg') = 1",
    "dict(a=1, a=2)",
    "f(a for a in b for)",
    "@\ndef f(): pass",
    "x = 10 ** ",
    "else = 1",
    "import a.b as",
    "try:\n    pass\nx = 1",
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass",
]
more = ["x = f() = 1", "f() = x = 1", "if x = 1: pass", "if x.y = 1: pass", "while f() = 1: pass", "f(a.b = 1)", "f(x() = 1)",
"[a, f()] = 1", "(a, 1) = 2", "a, f() = 1", "x + 1 += 1", "f() += 1", "[a] += 1", "x < y = 1", "lambda: 1 = 1", "a if b else c = 1", "{} = 1", "{1} = 1", "[x for x in y] = 1",
"... = 1", "f'' = 1", "(yield) = 1", "del a + 1", "del (a, f())", "for f() in x: pass", "for a, 1 in x: pass", "with a as f(): pass", "x = 1 2", "x = [a for a in b c]",
"f(a, b c)", "x = {1: 2 3: 4}", "x = {1 2}", "x[1 2]", "f(a=1 b)", "print x", "print(x) y", "x = (a if b else c d)", "x = [1, 2,\n 3 4]", "x = (1,\n2", "x = 1 +\n", "x = (\n", "foo(\n  1,\n  2\n", "x = ]\ny = 1", "f(1]\n", "f(1,\n2]\n",
"if x:\n  pass\n else:\n  pass", "x = 0b2", "x = 0o8", "x = 0xg", "x = 1e", "x = 1.2.3", "x = 00", "x = 0_0", "x = 1__0", "x = 0b", "x = 1if 1 else 2", "x = 1and 2", "x = 0x1for", "exec 'x'", "print >>f, x", "print", "print 1,"]
for src in cases + more:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "OK")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset)

try:
    exec("x = [1,\n 2 3]")
except SyntaxError as e:
    print(e)
    print(repr(e.text), e.filename, e.args[0], isinstance(e, Exception))
try:
    compile("def f(:\n  pass", "mod.py", "exec")
except SyntaxError as e:
    print(str(e), e.filename)
try:
    exec("if True:\nreturn")
except IndentationError as e:
    print("IndentationError", e)
try:
    compile("x = 1", "<s>", "bogus")
except ValueError as e:
    print(e)
code = compile("y = 6 * 7", "<s>", "exec")
ns = {}
exec(code, ns)
print(ns["y"], eval(compile("y + 1", "<s>", "eval"), ns))

e = SyntaxError("boom", ("file.py", 3, 2, "  abc\n", 3, 4))
print(e, e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
e = SyntaxError("plain")
print(e, e.msg, e.lineno, e.filename, e.args)
print(SyntaxError(), SyntaxError().msg)


class ConfigError(SyntaxError):
    def __init__(self, msg, line):
        super().__init__(msg, ("config.ini", line, 1, None, line, 2))


c = ConfigError("bad key", 7)
print(c, c.lineno, c.filename, c.text)
c.msg = "changed"
print(c)
