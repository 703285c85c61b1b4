"""File reading and buffered output through the os module."""

import os

from rpython.rlib.rstring import StringBuilder

FLUSH_SIZE = 8192


def read_file(path):
    """Return the whole content of the file as bytes (raises OSError)."""
    fd = os.open(path, os.O_RDONLY, 0o777)
    chunks = []
    try:
        while True:
            data = os.read(fd, 4096)
            if data == b"":
                break
            chunks.append(data)
    finally:
        os.close(fd)
    return b"".join(chunks)


def write_all(fd, data):
    while len(data) > 0:
        written = os.write(fd, data)
        if written <= 0:
            return
        data = data[written:]


def write_err(text):
    write_all(2, text.encode())


class Output(object):
    """Collects text written by the program and writes it to stdout in
    large pieces."""

    def __init__(self):
        self.builder = StringBuilder()
        self.size = 0

    def write(self, text):
        self.builder.append(text)
        self.size += len(text)
        if self.size >= FLUSH_SIZE:
            self.flush()

    def flush(self):
        if self.size > 0:
            text = self.builder.build()
            self.builder = StringBuilder()
            self.size = 0
            write_all(1, text.encode())
