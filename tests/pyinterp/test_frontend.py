"""Unit tests for the tokenizer, parser, symbol table and the command line
of the pyinterp interpreter (run untranslated)."""

import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "targets", "pyinterp"))
if ROOT not in sys.path:
    sys.path.append(ROOT)

import pytest

from pyinterp import tokenizer as tk
from pyinterp import astnodes as ast
from pyinterp.parser import parse_source
from pyinterp.error import SyntaxErr
from pyinterp import symtable as st

TARGET = os.path.join(ROOT, "targets", "pyinterp", "target.py")


def kinds(src):
    return [(tk.TOKEN_NAMES[t.type], t.value) for t in tk.tokenize(src, "<t>")]


def test_tokenize_indentation():
    toks = kinds("if x:\n    y = 1\nz\n")
    names = [k for k, v in toks]
    assert names == ["NAME", "NAME", "OP", "NEWLINE", "INDENT", "NAME", "OP",
                     "NUMBER", "NEWLINE", "DEDENT", "NAME", "NEWLINE",
                     "ENDMARKER"]


def test_tokenize_numbers_and_operators():
    toks = kinds("0x1F 1_000 1.5e3 .5 a**=2 b//c != d")
    values = [v for k, v in toks if k in ("NUMBER", "OP")]
    assert values == ["0x1F", "1_000", "1.5e3", ".5", "**=", "2", "//", "!="]


def test_tokenize_strings():
    toks = tk.tokenize("r'a\\n' b\"x\" '''tri\nple''' 'esc\\t' f'{x}'", "<t>")
    strs = [(t.prefix, t.value) for t in toks if t.type == tk.T_STRING]
    assert strs == [("r", "a\\n"), ("b", "x"), ("", "tri\nple"),
                    ("", "esc\t"), ("f", "{x}")]


def test_implicit_line_joining_and_continuation():
    toks = kinds("x = (1 +\n     2)\ny = 3 + \\\n 4\n")
    assert [k for k, v in toks].count("NEWLINE") == 2


def test_parse_precedence():
    mod = parse_source("x = 1 + 2 * 3 ** 2\n", "<t>")
    assign = mod.body[0]
    assert isinstance(assign, ast.Assign)
    value = assign.value
    assert isinstance(value, ast.BinOp) and isinstance(value.right, ast.BinOp)
    assert isinstance(value.right.right, ast.BinOp)


def test_parse_statements():
    src = ("def f(a, b=1, *args, c, **kw):\n    return a\n"
           "class C(B):\n    x = 1\n"
           "for i in range(3):\n    pass\nelse:\n    pass\n"
           "try:\n    pass\nexcept E as e:\n    pass\nfinally:\n    pass\n"
           "with a as b, c:\n    pass\n")
    mod = parse_source(src, "<t>")
    types = [type(s).__name__ for s in mod.body]
    assert types == ["FunctionDef", "ClassDef", "For", "Try", "With"]
    args = mod.body[0].args
    assert args.posargs == ["a", "b"] and args.vararg == "args"
    assert args.kwonlyargs == ["c"] and args.kwarg == "kw"


def test_syntax_errors():
    for bad in ["def f(:\n", "x = = 1\n", "if x\n    pass\n", "1 = x\n",
                "  x = 1\n"]:
        with pytest.raises(SyntaxErr):
            parse_source(bad, "<t>")


def test_symtable_closures():
    src = ("def outer():\n    x = 1\n    def inner():\n        return x\n"
           "    return inner\n")
    mod = parse_source(src, "<t>")
    builder = st.SymtableBuilder("<t>")
    builder.build(mod)
    outer = builder.scopes[mod.body[0]]
    inner = outer.children[0]
    assert outer.lookup("x") == st.SC_CELL
    assert inner.lookup("x") == st.SC_FREE
    assert inner.freevars == ["x"]


def run(args):
    proc = subprocess.run([sys.executable, TARGET] + args, capture_output=True,
                          text=True, timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


def test_command_line_c():
    rc, out, err = run(["-c", "import sys; print(sys.argv, 6 * 7)", "x"])
    assert rc == 0 and out == "['-c', 'x'] 42\n"


def test_command_line_syntax_error():
    rc, out, err = run(["-c", "def f(:"])
    assert rc == 1 and err.strip().splitlines()[-1].startswith("SyntaxError")


def test_command_line_missing_file():
    rc, out, err = run(["/nonexistent/file.py"])
    assert rc == 2
