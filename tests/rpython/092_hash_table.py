"""A hand-written open-addressing hash table (linear probing, tombstones, resize) with str keys and int values."""
from rpython.rlib.rarithmetic import intmask, r_uint

EMPTY = 0
USED = 1
DELETED = 2


def str_hash(s):
    h = r_uint(2166136261)
    for c in s:
        h = (h ^ r_uint(ord(c))) * r_uint(16777619)
    return intmask(h & r_uint(0x7fffffffffffffff))


class HashTable(object):
    def __init__(self, capacity):
        self.keys = [""] * capacity
        self.values = [0] * capacity
        self.state = [EMPTY] * capacity
        self.size = 0
        self.used_slots = 0
        self.resizes = 0

    def _find(self, key):
        cap = len(self.keys)
        i = str_hash(key) % cap
        first_free = -1
        while True:
            st = self.state[i]
            if st == EMPTY:
                if first_free >= 0:
                    return first_free, False
                return i, False
            if st == DELETED:
                if first_free < 0:
                    first_free = i
            elif self.keys[i] == key:
                return i, True
            i = (i + 1) % cap

    def _resize(self):
        old_keys = self.keys
        old_values = self.values
        old_state = self.state
        cap = len(old_keys) * 2
        self.keys = [""] * cap
        self.values = [0] * cap
        self.state = [EMPTY] * cap
        self.size = 0
        self.used_slots = 0
        self.resizes += 1
        for i in range(len(old_keys)):
            if old_state[i] == USED:
                self.put(old_keys[i], old_values[i])

    def put(self, key, value):
        if (self.used_slots + 1) * 3 >= len(self.keys) * 2:
            self._resize()
        i, found = self._find(key)
        if not found:
            if self.state[i] == EMPTY:
                self.used_slots += 1
            self.state[i] = USED
            self.keys[i] = key
            self.size += 1
        self.values[i] = value

    def get(self, key, default):
        i, found = self._find(key)
        if found:
            return self.values[i]
        return default

    def remove(self, key):
        i, found = self._find(key)
        if not found:
            return False
        self.state[i] = DELETED
        self.keys[i] = ""
        self.size -= 1
        return True


def entry_point(argv):
    t = HashTable(8)
    for i in range(500):
        t.put("key%d" % i, i * i)
    print("size:", t.size, "capacity:", len(t.keys), "resizes:", t.resizes)
    print("get:", t.get("key0", -1), t.get("key7", -1), t.get("key499", -1), t.get("nokey", -1))
    removed = 0
    for i in range(0, 500, 3):
        if t.remove("key%d" % i):
            removed += 1
    print("removed:", removed, "size:", t.size, "remove again:", t.remove("key0"))
    print("after remove:", t.get("key3", -1), t.get("key4", -1))
    for i in range(0, 30, 3):
        t.put("key%d" % i, -i)
    print("re-added:", t.get("key3", -1), t.get("key27", -1), "size:", t.size)
    t.put("key4", 4444)
    print("overwrite:", t.get("key4", -1), "size:", t.size)
    total = 0
    for i in range(len(t.keys)):
        if t.state[i] == USED:
            total += t.values[i]
    print("sum of values:", total)
    print("hashes:", str_hash(""), str_hash("a"), str_hash("hello"))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
