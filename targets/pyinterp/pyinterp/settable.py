"""The hash table of set and frozenset: open addressing with CPython's probe
sequence (runs of LINEAR_PROBES neighbouring slots, then the perturbed
`i*5 + 1 + perturb` jump), growth and dummy-slot rules, so that a set
iterates in the same order as under CPython whenever the hashes agree.

Slot states: active (key not None), unused (key None, hash 0), dummy (key
None, hash -1; a deleted entry that keeps probe chains intact).  Hashes are
64-bit words: `perturb` is the hash read as unsigned, shifted logically.
"""

LINEAR_PROBES = 9
PERTURB_SHIFT = 5
MINSIZE = 8
# (1 << 59) - 1: masks an arithmetic shift by 5 into a logical one
LOW59 = 576460752303423487


def next_perturb(perturb):
    return (perturb >> PERTURB_SHIFT) & LOW59


class SetTable(object):
    def __init__(self):
        self.keys_w = [None] * MINSIZE
        self.hashes = [0] * MINSIZE
        self.mask = MINSIZE - 1
        self.fill = 0           # active + dummy slots
        self.used = 0           # active slots
        self.finger = 0         # where set.pop() starts looking

    def clear(self):
        self.keys_w = [None] * MINSIZE
        self.hashes = [0] * MINSIZE
        self.mask = MINSIZE - 1
        self.fill = 0
        self.used = 0

    def swap(self, other):
        keys_w = self.keys_w
        hashes = self.hashes
        mask = self.mask
        fill = self.fill
        used = self.used
        self.keys_w = other.keys_w
        self.hashes = other.hashes
        self.mask = other.mask
        self.fill = other.fill
        self.used = other.used
        other.keys_w = keys_w
        other.hashes = hashes
        other.mask = mask
        other.fill = fill
        other.used = used

    def lookup(self, space, w_key, h):
        """Slot of w_key, or -1."""
        while True:
            mask = self.mask
            i = h & mask
            perturb = h
            restart = False
            while True:
                probes = 0
                if i + LINEAR_PROBES <= mask:
                    probes = LINEAR_PROBES
                j = i
                while True:
                    w_k = self.keys_w[j]
                    if w_k is None:
                        if self.hashes[j] == 0:
                            return -1
                    elif self.hashes[j] == h:
                        if w_k is w_key:
                            return j
                        keys_w = self.keys_w
                        eq = space.eq_w(w_k, w_key)
                        if keys_w is not self.keys_w or \
                                self.keys_w[j] is not w_k:
                            restart = True
                            break
                        if eq:
                            return j
                        mask = self.mask
                    if probes == 0:
                        break
                    probes -= 1
                    j += 1
                if restart:
                    break
                perturb = next_perturb(perturb)
                i = (i * 5 + 1 + perturb) & mask

    def add(self, space, w_key, h):
        """Adds w_key (hash h) unless present; True if it was added."""
        while True:
            mask = self.mask
            i = h & mask
            perturb = h
            freeslot = -1
            restart = False
            while True:
                probes = 0
                if i + LINEAR_PROBES <= mask:
                    probes = LINEAR_PROBES
                j = i
                found_unused = -1
                while True:
                    w_k = self.keys_w[j]
                    hj = self.hashes[j]
                    if w_k is None:
                        if hj == 0:
                            found_unused = j
                            break
                        freeslot = j            # a dummy (hash -1)
                    elif hj == h:
                        if w_k is w_key:
                            return False
                        keys_w = self.keys_w
                        eq = space.eq_w(w_k, w_key)
                        if eq:
                            return False
                        if keys_w is not self.keys_w or \
                                self.keys_w[j] is not w_k:
                            restart = True
                            break
                        mask = self.mask
                    if probes == 0:
                        break
                    probes -= 1
                    j += 1
                if restart:
                    break
                if found_unused >= 0:
                    if freeslot >= 0:
                        self.keys_w[freeslot] = w_key
                        self.hashes[freeslot] = h
                        self.used += 1
                        return True
                    self.keys_w[found_unused] = w_key
                    self.hashes[found_unused] = h
                    self.fill += 1
                    self.used += 1
                    if self.fill * 5 >= mask * 3:
                        self.resize(self.grow_size())
                    return True
                perturb = next_perturb(perturb)
                i = (i * 5 + 1 + perturb) & mask

    def grow_size(self):
        if self.used > 50000:
            return self.used * 2
        return self.used * 4

    def insert_clean(self, w_key, h):
        """Stores a key known to be absent in a table without dummies."""
        mask = self.mask
        i = h & mask
        perturb = h
        while True:
            if self.keys_w[i] is None:
                break
            found = -1
            if i + LINEAR_PROBES <= mask:
                for j in range(i + 1, i + LINEAR_PROBES + 1):
                    if self.keys_w[j] is None:
                        found = j
                        break
            if found >= 0:
                i = found
                break
            perturb = next_perturb(perturb)
            i = (i * 5 + 1 + perturb) & mask
        self.keys_w[i] = w_key
        self.hashes[i] = h

    def resize(self, minused):
        newsize = MINSIZE
        while newsize <= minused:
            newsize <<= 1
        if newsize == MINSIZE and self.mask == MINSIZE - 1 and \
                self.fill == self.used:
            return
        old_keys = self.keys_w
        old_hashes = self.hashes
        self.keys_w = [None] * newsize
        self.hashes = [0] * newsize
        self.mask = newsize - 1
        self.fill = self.used
        for i in range(len(old_keys)):
            w_k = old_keys[i]
            if w_k is not None:
                self.insert_clean(w_k, old_hashes[i])

    def discard(self, space, w_key, h):
        """Removes w_key; True if it was present."""
        j = self.lookup(space, w_key, h)
        if j < 0:
            return False
        self.keys_w[j] = None
        self.hashes[j] = -1
        self.used -= 1
        return True

    def merge(self, space, other):
        """Adds every key of the table `other` (set |= set)."""
        if other is self or other.used == 0:
            return
        if (self.fill + other.used) * 5 >= self.mask * 3:
            self.resize((self.used + other.used) * 2)
        if self.fill == 0 and self.mask == other.mask and \
                other.fill == other.used:
            for i in range(self.mask + 1):
                self.keys_w[i] = other.keys_w[i]
                self.hashes[i] = other.hashes[i]
            self.fill = other.fill
            self.used = other.used
            return
        if self.fill == 0:
            self.fill = other.used
            self.used = other.used
            for i in range(other.mask + 1):
                w_k = other.keys_w[i]
                if w_k is not None:
                    self.insert_clean(w_k, other.hashes[i])
            return
        for i in range(other.mask + 1):
            if i >= len(other.keys_w):
                break
            w_k = other.keys_w[i]
            if w_k is not None:
                self.add(space, w_k, other.hashes[i])

    def pop_slot(self):
        """Slot of the key set.pop() removes (the table is not empty)."""
        mask = self.mask
        i = self.finger & mask
        while self.keys_w[i] is None:
            i += 1
            if i > mask:
                i = 0
        self.finger = i + 1
        return i

    def live_keys(self):
        result = []
        for w_k in self.keys_w:
            if w_k is not None:
                result.append(w_k)
        return result

    def live_hashes(self):
        result = []
        for i in range(len(self.keys_w)):
            if self.keys_w[i] is not None:
                result.append(self.hashes[i])
        return result
