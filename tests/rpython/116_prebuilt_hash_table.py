"""A hash table written in RPython, filled at import time with
compute_hash() of str, bytes and tuple keys and probed at run time with keys
built at run time: the hashes of both times must agree."""
from rpython.rlib.objectmodel import compute_hash


class Table(object):
    def __init__(self, size):
        self.keys = [None] * size
        self.values = [0] * size
        self.hashes = [0] * size

    def _slot(self, h):
        return (h & 0x7FFFFFFF) % len(self.keys)

    def put(self, key, value):
        h = compute_hash(key)
        i = self._slot(h)
        while self.keys[i] is not None and self.keys[i] != key:
            i = (i + 1) % len(self.keys)
        self.keys[i] = key
        self.values[i] = value
        self.hashes[i] = h

    def get(self, key):
        h = compute_hash(key)
        i = self._slot(h)
        while self.keys[i] is not None:
            if self.hashes[i] == h and self.keys[i] == key:
                return self.values[i]
            i = (i + 1) % len(self.keys)
        return -1


NAMES = Table(64)
for n, word in enumerate(["print", "len", "range", "é", "日本", "", "x" * 40]):
    NAMES.put(word, n)

PAIRS = {}
for a in range(3):
    for b in ["p", "q"]:
        PAIRS[(a, b)] = compute_hash((a, b))

RAW = compute_hash(b"bytes\x00\xff")


def entry_point(argv):
    probe = "pr" + "int"
    print(NAMES.get(probe), NAMES.get("le" + "n"), NAMES.get("ran" + "ge"))
    print(NAMES.get("" + "é"), NAMES.get("日" + "本"), NAMES.get(probe[:0]))
    print(NAMES.get("x" * (len(argv) + 39)), NAMES.get("missing"))
    same = 0
    for a in range(3):
        for b in ["p", "q"]:
            if PAIRS[(a, b)] == compute_hash((a, b + "")):
                same += 1
    print("tuple hashes agree:", same)
    print("bytes hash agrees:", RAW == compute_hash(b"bytes" + b"\x00\xff"))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
