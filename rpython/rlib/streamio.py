"""Streams for RPython-3 programs (untranslated behaviour).

`open_file_as_stream(path, mode='r', buffering=-1)` and
`fdopen_as_stream(fd, mode='r', buffering=-1)` return a `Stream`: an
`rpython.rlib.rfile.RFile` (same modes, text/bytes rules and errors) with
two extra methods, `readall()` and `try_to_find_file_descriptor()`.
"""

from rpython.rlib.rfile import RFile, _open


class Stream(RFile):
    """An RFile with readall() and try_to_find_file_descriptor()."""

    def readall(self):
        """Read everything up to the end of the file."""
        return self.read(-1)

    def try_to_find_file_descriptor(self):
        """The underlying file descriptor, or -1 if there is none."""
        try:
            return self.fileno()
        except (OSError, ValueError):
            return -1


def open_file_as_stream(path, mode='r', buffering=-1, signal_checker=None):
    """Open the file `path` as a Stream."""
    return Stream(_open(path, mode, buffering))


def fdopen_as_stream(fd, mode='r', buffering=-1, signal_checker=None):
    """Wrap the open file descriptor `fd` as a Stream (closing closes fd)."""
    return Stream(_open(fd, mode, buffering))
