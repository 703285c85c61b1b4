"""The command line of the interpreter (untranslated) against python3:
`-c code`, a script read from stdin (`pypy-c` and `pypy-c -` when stdin is
not a terminal), SyntaxError reports (file, line, source, caret), uncaught
tracebacks, SystemExit, and the interactive prompt on a terminal (pty).
translator/tests/pypy_c.rs runs the same cases on the translated pypy-c."""

import os
import re
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TARGET = os.path.join(ROOT, "targets", "pyinterp", "target.py")

# (name, arguments, stdin text or None, script text written to prog.py or None)
CASES = [
    ("c_argv", ["-c", "import sys; print(sys.argv, 6 * 7)", "x", "y"], None, None),
    ("c_syntax_error", ["-c", "x = = 1"], None, None),
    ("c_syntax_error_colon", ["-c", "while True\n    pass"], None, None),
    ("c_traceback", ["-c", "def f():\n    return 1 / 0\nf()"], None, None),
    ("c_system_exit", ["-c", "raise SystemExit('bye')"], None, None),
    ("stdin_script", [], "import sys\nprint(sys.argv, 'hi')\nx = [1]\nx[3]\n", None),
    ("stdin_dash_args", ["-", "a", "b"], "import sys\nprint(sys.argv)\n", None),
    ("stdin_indentation_error", [], "if True:\nprint(1)\n", None),
    ("script_syntax_error", ["prog.py"], None, "print(1)\nprint('a' + )\n"),
    ("script_unterminated", ["prog.py"], None, "s = 'abc\n"),
    ("script_forgot_comma", ["prog.py"], None, "x = [1, 2 3]\n"),
    ("script_never_closed", ["prog.py"], None, "x = (1,\n     2\n"),
    ("script_assign_here", ["prog.py"], None, "if x = 1:\n    pass\n"),
    ("script_unindent", ["prog.py"], None, "if True:\n        a = 1\n    b = 2\n"),
    ("c_exec_syntax_error", ["-c", "exec('f(a b)')"], None, None),
    ("opt_unbuffered", ["-u", "prog.py", "x"], None,
     "import sys\nprint(sys.argv)\n"),
    ("opt_flags_then_c", ["-uBc", "import sys; print(sys.argv)", "a"], None, None),
    ("opt_warnings_arg", ["-W", "ignore", "-O", "prog.py"], None,
     "import sys\nprint(sys.argv)\n"),
    ("opt_module", ["-m", "prog", "q"], None,
     "import sys\nprint(sys.argv[1:], __name__)\n"),
    ("script_traceback", ["prog.py", "arg"], None,
     "import sys\ndef g(n):\n    if n == 0:\n        raise KeyError(sys.argv[1])\n"
     "    g(n - 1)\ndef f():\n    g(2)\nf()\n"),
    ("script_chained", ["prog.py"], None,
     "try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('v') from e\n"),
]

# CPython 3.11 marks the failing expression of a traceback entry with a
# line of ^ and ~ (the interpreter does not)
MARKER = re.compile(r"^\s+[\^~]+\s*$")


def normalize_traceback(stderr):
    lines = stderr.splitlines()
    out = []
    for i, line in enumerate(lines):
        in_traceback = any(l.startswith("Traceback") for l in lines[:i])
        if in_traceback and MARKER.match(line):
            continue
        out.append(line)
    return "\n".join(out)


def run(cmd, args, stdin, cwd):
    env = dict(os.environ)
    env["PYTHONPATH"] = ROOT
    proc = subprocess.run(cmd + args, cwd=cwd, input=stdin if stdin is not None else "",
                          capture_output=True, text=True, timeout=60, env=env)
    return proc.returncode, proc.stdout, normalize_traceback(proc.stderr)


@pytest.mark.parametrize("name,args,stdin,script", CASES,
                         ids=[c[0] for c in CASES])
def test_command_line(tmp_path, name, args, stdin, script):
    if script is not None:
        (tmp_path / "prog.py").write_text(script)
    expected = run([sys.executable], args, stdin, str(tmp_path))
    got = run([sys.executable, TARGET], args, stdin, str(tmp_path))
    assert got == expected


# what is typed at the prompt, and what must be printed (in this order)
INTERACTIVE_INPUT = (
    "1 + 2\nx = [1, 2]\nx\nfor i in x:\n    print(i * 10)\n\n"
    "def f(a,\n      b):\n    return a + b\n\nf(3, 4)\n_\nNone\n1/0\n"
    "x = = 1\n'%s' % 'str'\nraise SystemExit(3)\n")
INTERACTIVE_OUTPUT = ["3", "[1, 2]", "10", "20", "7", "7",
                      "ZeroDivisionError: division by zero",
                      "SyntaxError: invalid syntax", "'str'"]


def run_on_terminal(cmd, text):
    """Runs cmd with a pty as stdin/stdout/stderr, typing `text`; returns
    (exit status, everything written to the terminal)."""
    import pty
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(cmd[0], cmd)
    os.write(fd, text.encode())
    out = b""
    while True:
        try:
            data = os.read(fd, 4096)
        except OSError:
            break
        if not data:
            break
        out += data
    _, status = os.waitpid(pid, 0)
    return os.WEXITSTATUS(status), out.decode().replace("\r\n", "\n")


def check_interactive(status, out):
    assert status == 3
    assert ">>> " in out and "... " in out
    # the lines printed after the echo of what was typed
    typed = INTERACTIVE_INPUT.splitlines()
    lines = [l.replace(">>> ", "").replace("... ", "") for l in out.splitlines()]
    printed = [l for l in lines if l.strip() != "" and l not in typed
               and not l.startswith("Python ") and not l.startswith("Type ")
               and not l.startswith(" ") and not l.startswith("Traceback")]
    assert printed == INTERACTIVE_OUTPUT, out


def test_interactive_prompt():
    status, out = run_on_terminal([sys.executable, TARGET], INTERACTIVE_INPUT)
    check_interactive(status, out)


def test_interactive_prompt_cpython_agrees():
    # the same check holds for python3 itself (the test's expectations are
    # CPython's behaviour)
    status, out = run_on_terminal([sys.executable, "-q"], INTERACTIVE_INPUT)
    check_interactive(status, out)
