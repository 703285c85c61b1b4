"""Debugging helpers for RPython-3 programs (untranslated behaviour).

* annotation checks that return their argument: `make_sure_not_resized`,
  `make_sure_not_modified`, `check_annotation`, `check_nonneg` (raises
  AssertionError on a negative value), `check_list_of_chars`,
  `ll_assert_not_none`;
* `ll_assert(cond, msg)`: AssertionError if `cond` is false;
  `fatalerror(msg)`, `fatalerror_notb(msg)`: raise `FatalError`;
* logging: `debug_print(*args)` writes a line to stderr;
  `debug_start(category)` / `debug_stop(category)` open and close a log
  section (they must nest properly); `have_debug_prints()` is False
  (untranslated, nothing goes to a PYPYLOG file); `debug_flush()`,
  `debug_offset()`, `attach_gdb()` do nothing useful here.

The checks are explicit `raise` statements, so they still work under
`python -O`.
"""

import sys


class FatalError(Exception):
    """Raised untranslated where the translated program would abort."""


def make_sure_not_resized(lst):
    """Hint: the list is never resized (fixed-size array).  Returns it."""
    return lst


def make_sure_not_modified(lst):
    """Hint: the list is never modified.  Returns it."""
    return lst


def check_annotation(arg, checker):
    """Ask the annotator to call `checker` on the annotation.  Returns arg."""
    return arg


def check_nonneg(x):
    """Assert that the integer `x` is not negative.  Returns it."""
    if x < 0:
        raise AssertionError("check_nonneg: %r is negative" % (x,))
    return x


def check_list_of_chars(lst):
    """Assert that `lst` is a list of single characters.  Returns it."""
    for c in lst:
        if not (isinstance(c, str) and len(c) == 1):
            raise AssertionError("check_list_of_chars: %r is not a char"
                                 % (c,))
    return lst


def ll_assert_not_none(x):
    """Assert that `x` is not None.  Returns it."""
    if x is None:
        raise AssertionError("ll_assert_not_none: got None")
    return x


def ll_assert(condition, msg):
    """Low-level assertion: AssertionError(msg) if `condition` is false."""
    if not condition:
        raise AssertionError("ll_assert failed: %s" % (msg,))


def fatalerror(msg):
    """Abort the program with `msg` (untranslated: raise FatalError)."""
    raise FatalError(msg)


fatalerror_notb = fatalerror


class _DebugLog(object):
    """Keeps the stack of open debug_start sections."""

    def __init__(self):
        self.open_sections = []


_log = _DebugLog()


def debug_print(*args):
    """Write the arguments, separated by spaces, as one line to stderr."""
    print(' '.join([str(arg) for arg in args]), file=sys.stderr)


def debug_start(category, timestamp=False):
    """Open the log section `category`."""
    _log.open_sections.append(category)


def debug_stop(category, timestamp=False):
    """Close the log section `category`, the innermost open one."""
    if not _log.open_sections or _log.open_sections[-1] != category:
        raise AssertionError("debug_stop(%r) does not match the open "
                             "sections %r" % (category, _log.open_sections))
    _log.open_sections.pop()


def have_debug_prints():
    """True if debug_print output goes to the PYPYLOG file; False here."""
    return False


def debug_flush():
    """Flush the log file."""
    sys.stderr.flush()


def debug_offset():
    """Current offset in the log file, or -1 if there is none."""
    return -1


def attach_gdb():
    """Attach a debugger to the translated program (no-op here)."""
