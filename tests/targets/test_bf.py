"""Untranslated tests of the Brainfuck target (targets/bf)."""

import os
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TARGET = os.path.join("targets", "bf", "target.py")
EXAMPLES = os.path.join("targets", "bf", "examples")


def run_bf(args, stdin=b""):
    env = dict(os.environ)
    old = env.get("PYTHONPATH", "")
    env["PYTHONPATH"] = old + os.pathsep + REPO if old else REPO
    return subprocess.run([sys.executable, TARGET] + args, cwd=REPO,
                          input=stdin, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env=env, timeout=300)


def run_example(name, stdin=b""):
    return run_bf([os.path.join(EXAMPLES, name)], stdin)


def run_source(tmp_path, source, stdin=b""):
    path = tmp_path / "prog.bf"
    path.write_bytes(source)
    return run_bf([str(path)], stdin)


# ---- the example programs ------------------------------------------------

def test_hello():
    r = run_example("hello.bf")
    assert r.returncode == 0
    assert r.stdout == b"Hello World!\n"
    assert r.stderr == b""


def test_fizzbuzz():
    lines = []
    for i in range(1, 101):
        if i % 15 == 0:
            lines.append("FizzBuzz")
        elif i % 3 == 0:
            lines.append("Fizz")
        elif i % 5 == 0:
            lines.append("Buzz")
        else:
            lines.append(str(i))
    r = run_example("fizzbuzz.bf")
    assert r.returncode == 0
    assert r.stdout.decode() == "\n".join(lines) + "\n"


def test_squares():
    r = run_example("squares.bf")
    assert r.returncode == 0
    assert r.stdout.decode() == "".join("%d\n" % (i * i) for i in range(1, 101))


@pytest.mark.parametrize("text", [
    b"Hello, World! 123 xyz {|} @[`\n",
    b"",
    b"abcdefghijklmnopqrstuvwxyz",
    b"\xff\x80mixed CASE\x01",
])
def test_upper(text):
    r = run_example("upper.bf", text)
    assert r.returncode == 0
    expected = bytes(c - 32 if 97 <= c <= 122 else c for c in text)
    assert r.stdout == expected


def test_upper_stops_at_zero_byte():
    r = run_example("upper.bf", b"ab\x00cd")
    assert r.returncode == 0
    assert r.stdout == b"AB"


@pytest.mark.parametrize("text", [
    b"sorting", b"", b"a", b"9305172846", b"zyxwvutsrq", b"bbaab",
    b"\xff\x01Zz", b"hello world",
])
def test_sort(text):
    r = run_example("sort.bf", text)
    assert r.returncode == 0
    first_ten = text[:10]
    assert r.stdout == bytes(sorted(first_ten)) + b"\n"


# ---- semantics ---------------------------------------------------------------

def test_cells_wrap(tmp_path):
    r = run_source(tmp_path, b"-.+." + b"+" * 256 + b".")
    assert r.returncode == 0
    assert r.stdout == b"\xff\x00\x00"


def test_comments_are_ignored(tmp_path):
    r = run_source(tmp_path, b"this is a comment\n" + b"+" * 65 + b" A!\n.")
    assert r.stdout == b"A"


def test_empty_program(tmp_path):
    r = run_source(tmp_path, b"no commands here")
    assert r.returncode == 0
    assert r.stdout == b""


def test_input_eof_leaves_cell_unchanged(tmp_path):
    r = run_source(tmp_path, b"+++,.", b"")
    assert r.stdout == b"\x03"
    r = run_source(tmp_path, b"+++,.,.", b"A")
    assert r.stdout == b"AA"


def test_input_bytes(tmp_path):
    # read three bytes, print them in reverse order
    r = run_source(tmp_path, b",>,>,.<.<.", b"xyz")
    assert r.stdout == b"zyx"


def test_nested_loops(tmp_path):
    # 7 * 9 = 63 = '?', via nested loops with a scratch cell
    r = run_source(tmp_path, b"+++++++[>+++[>+++<-]<-]>>.")
    assert r.returncode == 0
    assert r.stdout == b"?"


def test_skip_loop_when_zero(tmp_path):
    r = run_source(tmp_path, b"[.[.]]+++++++++++++++++++++++++++++++++.")
    assert r.stdout == b"!"


def test_full_tape_is_usable(tmp_path):
    r = run_source(tmp_path, b">" * 29999 + b"+" * 66 + b".")
    assert r.returncode == 0
    assert r.stdout == b"B"


# ---- errors ---------------------------------------------------------------

def test_no_argument():
    r = run_bf([])
    assert r.returncode == 1
    assert r.stdout == b""
    assert b"usage" in r.stderr


def test_missing_file():
    r = run_bf([os.path.join(EXAMPLES, "does-not-exist.bf")])
    assert r.returncode == 2
    assert r.stdout == b""
    assert b"cannot read" in r.stderr


def test_directory_is_unreadable():
    r = run_bf([EXAMPLES])
    assert r.returncode == 2
    assert b"cannot read" in r.stderr


@pytest.mark.parametrize("source", [b"[", b"]", b"+[[-]", b"+[-]]", b"][", b"+.[>+<-]]["])
def test_unbalanced_brackets(tmp_path, source):
    r = run_source(tmp_path, source)
    assert r.returncode == 3
    assert r.stdout == b""
    assert b"unbalanced" in r.stderr


def test_pointer_off_left_end(tmp_path):
    r = run_source(tmp_path, b"+++++++++++++++++++++++++++++++++.<")
    assert r.returncode == 4
    assert r.stdout == b"!"       # output before the error is flushed
    assert b"off the tape" in r.stderr


def test_pointer_off_right_end(tmp_path):
    r = run_source(tmp_path, b"+[>+]")
    assert r.returncode == 4
    assert b"off the tape" in r.stderr


# ---- in-process checks of helpers that the subprocess runs never reach ------

def load_bf_module():
    import importlib.util
    spec = importlib.util.spec_from_file_location(
        "bf_target_under_test", os.path.join(REPO, TARGET))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bracket_map_and_printable_location():
    bf = load_bf_module()
    program = bf.parse(b"a+[-[>]<]. comment")
    assert program == [ord(c) for c in "+[-[>]<]."]
    bracket_map = bf.compute_bracket_map(program)
    assert bracket_map == [0, 7, 0, 5, 0, 3, 0, 1, 0]
    assert bf.get_matching_bracket(bracket_map, 3) == 5
    for pc in range(len(program)):
        text = bf.get_printable_location(pc, program, bracket_map)
        assert isinstance(text, str)
        assert chr(program[pc]) in text
