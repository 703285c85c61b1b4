"""Differential tests: every tests/python/*.py program must behave the same
under CPython and under the pyinterp interpreter running untranslated on
CPython (same stdout, same exit code, and for failures the same last line
of stderr, e.g. "ZeroDivisionError: division by zero").  A program NNN_x.py
reads its stdin from NNN_x.stdin when that file exists (else stdin is
empty)."""

import glob
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROGRAMS = sorted(glob.glob(os.path.join(ROOT, "tests", "python", "*.py")))
TARGET = os.path.join(ROOT, "targets", "pyinterp", "target.py")


def run(cmd, cwd, stdin_path=None):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONPATH"] = ROOT
    if stdin_path is not None and os.path.exists(stdin_path):
        with open(stdin_path, "rb") as f:
            proc = subprocess.run(cmd, cwd=cwd, capture_output=True,
                                  text=True, timeout=120, env=env, stdin=f)
    else:
        proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True,
                              timeout=120, env=env, stdin=subprocess.DEVNULL)
    return proc.returncode, proc.stdout, proc.stderr


def last_line(text):
    lines = [l for l in text.strip().splitlines() if l.strip()]
    return lines[-1] if lines else ""


@pytest.mark.parametrize("program", PROGRAMS,
                         ids=[os.path.basename(p) for p in PROGRAMS])
def test_program(program):
    cwd = os.path.dirname(program)
    name = os.path.basename(program)
    stdin_path = program[:-3] + ".stdin"
    exp_rc, exp_out, exp_err = run([sys.executable, name], cwd, stdin_path)
    got_rc, got_out, got_err = run([sys.executable, TARGET, name], cwd,
                                   stdin_path)
    assert got_out == exp_out, "stdout differs; interpreter stderr:\n" + got_err
    assert got_rc == exp_rc, "exit code differs; interpreter stderr:\n" + got_err
    if exp_rc != 0:
        assert last_line(got_err) == last_line(exp_err)
