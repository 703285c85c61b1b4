"""Untranslated tests of the stacklang target (targets/stacklang)."""

import math
import os
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TARGET = os.path.join("targets", "stacklang", "target.py")
EXAMPLES = os.path.join("targets", "stacklang", "examples")

MAXINT = 2 ** 63 - 1
MININT = -2 ** 63


def run_sl(args):
    env = dict(os.environ)
    old = env.get("PYTHONPATH", "")
    env["PYTHONPATH"] = old + os.pathsep + REPO if old else REPO
    return subprocess.run([sys.executable, TARGET] + args, cwd=REPO,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=env, timeout=300)


def run_example(name):
    return run_sl([os.path.join(EXAMPLES, name)])


def run_source(tmp_path, source):
    path = tmp_path / "prog.sl"
    path.write_text(source)
    return run_sl([str(path)])


def out(r):
    return r.stdout.decode()


def err(r):
    return r.stderr.decode()


# ---- the example programs ----------------------------------------------------

def test_factorial():
    r = run_example("factorial.sl")
    assert r.returncode == 0, err(r)
    assert out(r) == "".join("%d! = %d\n" % (i, math.factorial(i))
                             for i in range(21))


def fib_list(n):
    a, b = 0, 1
    result = []
    for _ in range(n):
        result.append(a)
        a, b = b, a + b
    return result


def test_fib():
    r = run_example("fib.sl")
    assert r.returncode == 0, err(r)
    fibs = fib_list(91)
    expected = "".join("%d " % f for f in fibs[:15]) + "\n"
    expected += "fib(90) = %d\n" % fibs[90]
    expected += "fib(20) = %d\n" % fibs[20]
    assert out(r) == expected


def test_primes():
    sieve = [True] * 200
    primes = []
    for i in range(2, 200):
        if sieve[i]:
            primes.append(i)
            for j in range(i * i, 200, i):
                sieve[j] = False
    r = run_example("primes.sl")
    assert r.returncode == 0, err(r)
    expected = "".join("%d " % p for p in primes) + "\n"
    expected += "count: %d\nsum: %d\n" % (len(primes), sum(primes))
    assert out(r) == expected
    assert len(primes) == 46


def test_strings():
    r = run_example("strings.sl")
    assert r.returncode == 0, err(r)
    assert out(r) == (
        "desserts\n"
        "true\n"
        "false\n"
        "7\n"
        "khoor zruog\n"
        "hello world\n"
        + "=" * 20 + "\n"
        "19 characters\n"
        "10\n"
        "-1\n"
        "QUICK\n"
        "x = 42\n"
        "true\n")


def test_divzero_example():
    r = run_example("divzero.sl")
    assert r.returncode == 1
    assert out(r) == "before\n5\n"
    assert "line 3 (in average): arithmetic error: division by zero" in err(r)


def test_overflow_example():
    r = run_example("overflow.sl")
    assert r.returncode == 1
    assert out(r) == "".join("%d\n" % math.factorial(i) for i in range(1, 21))
    assert "arithmetic error: integer overflow in *" in err(r)


def test_unclosed_example():
    r = run_example("unclosed.sl")
    assert r.returncode == 3
    assert out(r) == ""
    assert "line 4: parse error: 'if' without 'then'" in err(r)


# ---- command line ----------------------------------------------------------------

def test_no_argument():
    r = run_sl([])
    assert r.returncode == 2
    assert "usage" in err(r)


def test_missing_file():
    r = run_sl([os.path.join(EXAMPLES, "nonexistent.sl")])
    assert r.returncode == 2
    assert "cannot read file" in err(r)


def test_invalid_utf8(tmp_path):
    path = tmp_path / "bad.sl"
    path.write_bytes(b'"\xff\xfe" .')
    r = run_sl([str(path)])
    assert r.returncode == 2
    assert "UTF-8" in err(r)


def test_empty_program(tmp_path):
    r = run_source(tmp_path, "# nothing but a comment\n")
    assert r.returncode == 0
    assert out(r) == ""


# ---- language features ------------------------------------------------------------

PROGRAMS = [
    # arithmetic
    ("1 2 + . 10 3 - . 6 7 * . 17 5 / . 17 5 mod .", "3\n7\n42\n3\n2\n"),
    ("-7 2 / . -7 2 mod . 7 -2 / . 7 -2 mod . -7 -2 / . -7 -2 mod .",
     "%d\n%d\n%d\n%d\n%d\n%d\n" % (-7 // 2, -7 % 2, 7 // -2, 7 % -2,
                                   -7 // -2, -7 % -2)),
    ("5 neg . -5 abs . 5 abs . 3 9 max . 3 9 min . \"b\" \"a\" max .",
     "-5\n5\n5\n9\n3\nb\n"),
    ("%d . %d 1 - . %d 1 + ." % (MAXINT, MININT + 1, MININT),
     "%d\n%d\n%d\n" % (MAXINT, MININT, MININT + 1)),
    ("%d -1 mod . 7 -1 / ." % MININT, "0\n-7\n"),
    # comparisons and logic
    ("1 2 < . 2 1 < . 2 2 <= . 2 2 >= . 3 2 > . 1 1 = . 1 2 <> .",
     "true\nfalse\ntrue\ntrue\ntrue\ntrue\ntrue\n"),
    ('"abc" "abd" < . "b" "abc" > . "x" "x" = . 1 "1" = . nil nil = . true true = .',
     "true\ntrue\ntrue\nfalse\ntrue\ntrue\n"),
    ("true false and . true false or . 0 not . \"\" not . nil not . 7 not .",
     "false\ntrue\ntrue\ntrue\ntrue\nfalse\n"),
    # stack words
    ("1 2 swap . . 1 2 over . . . 1 2 3 rot . . . 4 dup * . 1 2 drop . depth .",
     "1\n2\n1\n2\n1\n1\n3\n2\n16\n1\n0\n"),
    # printing
    ('"a" print 1 print true print nil print cr "x\\ty\\\\z\\"" .',
     'a1truenil\nx\ty\\z"\n'),
    # strings
    ('"hello" len . "" len . "MiXeD" upper . "MiXeD" lower .',
     "5\n0\nMIXED\nmixed\n"),
    ('"hello world" 6 5 substr . "hello" 3 100 substr . "hello" 9 2 substr len .',
     "world\nlo\n0\n"),
    ('"banana" "nan" find . "banana" "x" find . "banana" 0 at . "banana" 5 at .',
     "2\n-1\nb\na\n"),
    ('12 str "3" + . " -45 " int 5 + . "+7" int . 7 int . "A" ord . 122 chr .',
     "123\n-40\n7\n7\n65\nz\n"),
    ('"ab" 3 * . 2 "xy" * . "q" 0 * len .', "ababab\nxyxy\n0\n"),
    ('"caf\u00e9" len . 955 chr . "\u03bb" ord .', "4\n\u03bb\n955\n"),
    # control flow
    ("1 if \"yes\" . then 0 if \"no\" . then \"\" if 1 . else 2 . then",
     "yes\n2\n"),
    ("0 -> i begin i 3 < while i . i 1 + -> i repeat \"end\" .",
     "0\n1\n2\nend\n"),
    ("0 -> i begin i 3 < while 0 -> j begin j i <= while i 10 * j + print \" \" "
     "print j 1 + -> j repeat i 1 + -> i repeat cr",
     "0 10 11 20 21 22 \n"),
    # words, locals, globals
    (": sq { n } n n * ; 9 sq .", "81\n"),
    (": later 1 + ; 41 later .", "42\n"),
    ("5 use-before : use-before { x } x 2 * . ;", "10\n"),
    (": sub3 { a b c } a b - c - ; 10 3 2 sub3 .", "5\n"),
    (": noargs 42 ; noargs noargs + .", "84\n"),
    (": early { n } n 0 < if \"negative\" exit then \"non-negative\" ; "
     "-1 early . 1 early .", "negative\nnon-negative\n"),
    ("10 -> g : show g . ; show 20 -> g show", "10\n20\n"),
    ("1 -> x : f 5 -> x x ; f . x .", "5\n1\n"),
    (": setg 7 => x ; setg x .", "7\n"),
    (": count-down { n } begin n 0 > while n print n 1 - -> n repeat cr ; 5 count-down",
     "54321\n"),
    (": even? { n } n 0 = if true else n 1 - odd? then ; "
     ": odd? { n } n 0 = if false else n 1 - even? then ; 10 even? . 7 even? .",
     "true\nfalse\n"),
    (": ack { m n } m 0 = if n 1 + exit then "
     "n 0 = if m 1 - 1 ack exit then "
     "m 1 - m n 1 - ack ack ; 2 3 ack .", "9\n"),
    (": deep { n } n 0 = if 0 else n 1 - deep 1 + then ; 5000 deep .", "5000\n"),
]


@pytest.mark.parametrize("source,expected", PROGRAMS)
def test_program(tmp_path, source, expected):
    r = run_source(tmp_path, source)
    assert r.returncode == 0, err(r)
    assert out(r) == expected
    assert r.stderr == b""


RUNTIME_ERRORS = [
    ("drop", "stack underflow"),
    ("1 +", "stack underflow"),
    (": two { a b } a b ; 1 two", "stack underflow"),
    ("1 \"a\" +", "type error: cannot apply '+' to int and str"),
    ("\"a\" 1 <", "type error"),
    ("true 1 -", "type error: cannot apply '-' to bool and int"),
    ("nil len", "type error"),
    ("\"x\" abs", "type error"),
    ("5 upper", "type error: 'upper' expects a str, got int"),
    ("undefined-thing", "undefined name: 'undefined-thing' is not defined"),
    ("1 0 /", "arithmetic error: division by zero"),
    ("1 0 mod", "arithmetic error: modulo by zero"),
    ("%d 1 +" % MAXINT, "arithmetic error: integer overflow in +"),
    ("%d 1 -" % MININT, "arithmetic error: integer overflow in -"),
    ("%d 2 *" % (2 ** 62), "arithmetic error: integer overflow in *"),
    ("%d neg" % MININT, "arithmetic error: integer overflow in neg"),
    ("%d -1 /" % MININT, "arithmetic error: integer overflow in neg"),
    ("\"12x\" int", "value error: not an integer"),
    ("\"\" int", "value error"),
    ("\"99999999999999999999\" int", "arithmetic error"),
    ("\"ab\" ord", "value error"),
    ("-1 chr", "value error"),
    ("55296 chr", "value error"),
    ("\"abc\" 3 at", "value error: at: index 3 out of range"),
    ("\"abc\" -1 2 substr", "value error"),
    ("\"ab\" -1 *", "value error"),
    ("\"custom failure\" throw", "user error: custom failure"),
    (": forever { n } n 1 + forever ; 0 forever", "recursion error"),
]


@pytest.mark.parametrize("source,message", RUNTIME_ERRORS)
def test_runtime_error(tmp_path, source, message):
    r = run_source(tmp_path, "\"start\" .\n" + source + "\n\"not reached\" .\n")
    assert r.returncode == 1
    assert out(r) == "start\n"
    assert ": line 2" in err(r)
    assert message in err(r)


def test_error_inside_word_names_the_word(tmp_path):
    r = run_source(tmp_path, ": inner 1 0 / ;\n: outer inner ;\nouter\n")
    assert r.returncode == 1
    assert "line 1 (in inner): arithmetic error: division by zero" in err(r)


PARSE_ERRORS = [
    ('"unterminated', "unterminated string"),
    ('"bad \\q escape"', "unknown escape"),
    ("12ab", "not an integer"),
    ("99999999999999999999", "integer literal too large"),
    ("1 if 2", "'if' without 'then'"),
    ("else", "'else' without 'if'"),
    ("then", "'then' without 'if'"),
    ("1 if 2 else 3 else 4 then", "'else' without 'if'"),
    ("begin 1", "'begin' without 'repeat'"),
    ("begin 1 repeat", "'repeat' without 'while'"),
    ("while", "'while' without 'begin'"),
    (": f 1 +", "missing ';'"),
    (": f : g ; ;", "nested definition"),
    (": f ; : f ;", "defined twice"),
    (": dup 1 ;", "cannot redefine builtin"),
    (":", "missing name"),
    (": if ;", "bad word name"),
    (";", "';' outside a definition"),
    ("}", "unexpected '}'"),
    (": f { a a } ;", "duplicate argument"),
    (": f { a ;", "bad argument name"),
    ("1 ->", "missing name after '->'"),
    ("1 -> +", "bad variable name"),
    (": w ; 1 => w", "bad variable name"),
    (": f 1 if ; 2 then", "'if' without 'then'"),
]


@pytest.mark.parametrize("source,message", PARSE_ERRORS)
def test_parse_error(tmp_path, source, message):
    r = run_source(tmp_path, '"never" .\n' + source + "\n")
    assert r.returncode == 3
    assert out(r) == ""
    assert "parse error" in err(r)
    assert message in err(r)


def test_large_literals(tmp_path):
    r = run_source(tmp_path, "%d . %d ." % (MAXINT, MININT))
    assert r.returncode == 0
    assert out(r) == "%d\n%d\n" % (MAXINT, MININT)


def test_long_output_is_flushed(tmp_path):
    # more output than the output buffer holds
    r = run_source(tmp_path, "0 -> i begin i 5000 < while i . i 1 + -> i repeat")
    assert r.returncode == 0
    assert out(r) == "".join("%d\n" % i for i in range(5000))


# ---- in-process checks of the compiler and tables -------------------------------

@pytest.fixture(scope="module")
def sl_modules():
    directory = os.path.join(REPO, "targets", "stacklang")
    sys.path.insert(0, directory)
    if REPO not in sys.path:
        sys.path.append(REPO)
    try:
        import sl_bytecode
        import sl_compiler
        import sl_interp
        yield sl_bytecode, sl_compiler, sl_interp
    finally:
        sys.path.remove(directory)


def test_opcode_tables(sl_modules):
    sl_bytecode, _, _ = sl_modules
    names = sl_bytecode.OPCODE_NAMES
    assert len(set(names)) == len(names)
    for index, name in enumerate(names):
        assert getattr(sl_bytecode, name) == index
    for word, name in sl_bytecode.BUILTIN_SPELLING:
        assert sl_bytecode.BUILTINS[word] == names.index(name)
        assert word not in sl_bytecode.KEYWORDS


def test_compiled_loop_and_printable_location(sl_modules):
    sl_bytecode, sl_compiler, sl_interp = sl_modules
    main = sl_compiler.compile_source(
        "0 -> i begin i 3 < while i 1 + -> i repeat")
    assert main.dump().split("\n") == [
        "0 CONST 0",
        "2 STORE_GLOBAL 0",
        "4 LOAD_GLOBAL 0",
        "6 CONST 1",
        "8 LT 0",
        "10 JUMP_IF_FALSE 22",
        "12 LOAD_GLOBAL 0",
        "14 CONST 2",
        "16 ADD 0",
        "18 STORE_GLOBAL 0",
        "20 JUMP 4",
        "22 RETURN 0",
    ]
    assert main.names == ["i"]
    text = sl_interp.get_printable_location(10, main)
    assert text == "main:10 JUMP_IF_FALSE"


def test_compiled_word(sl_modules):
    _, sl_compiler, _ = sl_modules
    main = sl_compiler.compile_source(": f { a b } a b - -> c c ; 1 2 f")
    assert len(main.callees) == 1
    word = main.callees[0]
    assert word.name == "f"
    assert word.nargs == 2
    assert word.nlocals == 3
    assert word.dump().split("\n") == [
        "0 LOAD_LOCAL 0",
        "2 LOAD_LOCAL 1",
        "4 SUB 0",
        "6 STORE_LOCAL 2",
        "8 LOAD_LOCAL 2",
        "10 RETURN 0",
    ]
