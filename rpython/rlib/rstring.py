"""String building and string helpers for RPython-3 (untranslated behaviour).

* `StringBuilder(init_size=100)`: builds a `str`;
  `UnicodeBuilder`: the same for code that says "unicode" (also builds `str`);
  `ByteStringBuilder`: builds `bytes`.
  Methods: append(s), append_slice(s, start, end), append_char(c),
  append_multiple_char(c, times), build(), getlength().
  The types of appended pieces are checked.
* helpers `split`, `rsplit`, `replace`, `startswith`, `endswith`: the
  corresponding str/bytes methods as functions.
"""

import sys


class StringBuilder(object):
    """Accumulates pieces of text; `build()` returns them joined."""

    _piece_type = str

    def __init__(self, init_size=100):
        self._pieces = []
        self._length = 0

    def _check(self, s):
        if not isinstance(s, self._piece_type):
            raise TypeError("%s: expected %s, got %r" % (
                type(self).__name__, self._piece_type.__name__, s))

    def _check_char(self, c):
        """Check that `c` is a single character; return it."""
        self._check(c)
        if len(c) != 1:
            raise ValueError("%s: expected a single character, got %r"
                             % (type(self).__name__, c))
        return c

    def append(self, s):
        self._check(s)
        self._pieces.append(s)
        self._length += len(s)

    def append_slice(self, s, start, end):
        self._check(s)
        if not 0 <= start <= end <= len(s):
            raise ValueError("append_slice: bad slice [%d:%d] of length %d"
                             % (start, end, len(s)))
        self.append(s[start:end])

    def append_char(self, c):
        self.append(self._check_char(c))

    def append_multiple_char(self, c, times):
        self.append(self._check_char(c) * times)

    def build(self):
        result = self._piece_type().join(self._pieces)
        self._pieces = [result]
        return result

    def getlength(self):
        return self._length


class UnicodeBuilder(StringBuilder):
    """Same as StringBuilder: in RPython-3 text is always `str`."""


class ByteStringBuilder(StringBuilder):
    """Accumulates pieces of `bytes`; `append_char` also takes an int 0-255."""

    _piece_type = bytes

    def _check_char(self, c):
        if isinstance(c, int):
            c = bytes([c])
        return StringBuilder._check_char(self, c)


def split(value, by=None, maxsplit=-1):
    """`value.split(by, maxsplit)`."""
    return value.split(by, maxsplit)


def rsplit(value, by=None, maxsplit=-1):
    """`value.rsplit(by, maxsplit)`."""
    return value.rsplit(by, maxsplit)


def replace(input, sub, by, maxsplit=-1):
    """`input.replace(sub, by, maxsplit)`; -1 replaces every occurrence."""
    return input.replace(sub, by, maxsplit)


def startswith(u_self, prefix, start=0, end=sys.maxsize):
    """`u_self.startswith(prefix, start, end)`."""
    return u_self.startswith(prefix, start, end)


def endswith(u_self, suffix, start=0, end=sys.maxsize):
    """`u_self.endswith(suffix, start, end)`."""
    return u_self.endswith(suffix, start, end)
