"""Files for RPython-3 programs (untranslated behaviour).

* `create_file(filename, mode='r', buffering=-1)` opens a file;
* `create_fdopen_rfile(fd, mode='r', buffering=-1)` wraps a file descriptor;
* `create_stdio()` returns `(stdin, stdout, stderr)`.

They return `RFile` objects with read(size=-1), readline(size=-1),
write(data), flush(), seek(pos, whence=0), tell(), truncate(size=-1),
fileno(), isatty(), close() and `with` support.  Modes are 'r', 'w', 'a'
with optional '+' and 'b' ('U' is accepted and ignored).  Text modes read
and write `str` (UTF-8 with surrogateescape, '\\n' line endings, no newline
translation); binary modes use `bytes`.  Errors are OSError (bad mode:
ValueError; operations on a closed file: ValueError).  Untranslated, text
files only support seeking to positions returned by tell() and to the end.
"""

import io
import sys

_VALID_MODES = {'r', 'w', 'a', 'r+', 'w+', 'a+'}


def _python_mode(mode):
    """Check an RPython file mode; return (mode for open(), is_binary)."""
    binary = 'b' in mode
    base = mode.replace('b', '').replace('U', '')
    if base not in _VALID_MODES or mode.count('b') > 1:
        raise ValueError("invalid file mode %r" % (mode,))
    return base + ('b' if binary else ''), binary


def _open(file, mode, buffering):
    """Open a path or file descriptor as a CPython file object."""
    pymode, binary = _python_mode(mode)
    if binary:
        return io.open(file, pymode, buffering)
    return io.open(file, pymode, buffering, encoding='utf-8',
                   errors='surrogateescape', newline='\n')


class RFile(object):
    """An open file; wraps a CPython file object."""

    def __init__(self, stream, close_stream=True):
        self._stream = stream
        self._close_stream = close_stream
        self.closed = False

    def _file(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        return self._stream

    def read(self, size=-1):
        return self._file().read(size)

    def readline(self, size=-1):
        return self._file().readline(size)

    def write(self, data):
        self._file().write(data)

    def flush(self):
        self._file().flush()

    def seek(self, pos, whence=0):
        self._file().seek(pos, whence)

    def tell(self):
        return self._file().tell()

    def truncate(self, size=-1):
        stream = self._file()
        stream.truncate(stream.tell() if size < 0 else size)

    def fileno(self):
        return self._file().fileno()

    def isatty(self):
        return self._file().isatty()

    def close(self):
        """Close the file; closing twice is allowed."""
        if self.closed:
            return
        self.closed = True
        if self._close_stream:
            self._stream.close()
        else:
            self._stream.flush()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def create_file(filename, mode='r', buffering=-1):
    """Open the file `filename`."""
    return RFile(_open(filename, mode, buffering))


def create_fdopen_rfile(fd, mode='r', buffering=-1):
    """Wrap the open file descriptor `fd`; closing the file closes `fd`."""
    return RFile(_open(fd, mode, buffering))


def create_stdio():
    """Return RFiles for the process's (stdin, stdout, stderr).

    They write through the current `sys.stdout`/`sys.stderr` objects; closing
    them only flushes.
    """
    return (RFile(sys.stdin, close_stream=False),
            RFile(sys.stdout, close_stream=False),
            RFile(sys.stderr, close_stream=False))
