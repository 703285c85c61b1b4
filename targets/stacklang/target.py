"""stacklang: a small stack-based language, written in RPython-3.

Usage:  stacklang-c PROGRAM.sl

Exit codes: 0 success, 1 run-time error, 2 usage error or unreadable file,
3 syntax error.  See README.md for the language.
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

from sl_errors import LangError, ParseError
from sl_io import read_file, write_err
from sl_compiler import compile_source
from sl_interp import VM, run_program

EXECUTABLE_NAME = "stacklang-c"


def entry_point(argv):
    if len(argv) < 2:
        write_err("usage: stacklang-c PROGRAM.sl\n")
        return 2
    path = argv[1]
    try:
        data = read_file(path)
    except OSError:
        write_err("stacklang-c: cannot read file: " + path + "\n")
        return 2
    try:
        source = data.decode()
    except UnicodeDecodeError:
        write_err("stacklang-c: " + path + " is not valid UTF-8\n")
        return 2
    try:
        main = compile_source(source)
    except ParseError as e:
        write_err(path + ": " + e.describe() + "\n")
        return 3
    vm = VM()
    try:
        run_program(vm, main)
    except LangError as e:
        write_err(path + ": " + e.describe() + "\n")
        return 1
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
