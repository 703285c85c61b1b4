"""Translation target: a Python 3 interpreter written in RPython-3.

    pypy-c script.py args...
    pypy-c -c "code"
"""

import os
import sys

if __name__ == "__main__":
    # untranslated run: make the repository's `rpython` package importable
    _root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    if _root not in sys.path:
        sys.path.append(_root)
    sys.setrecursionlimit(200000)

from pyinterp.main import entry_point

EXECUTABLE_NAME = "pypy-c"


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
