from rpython.rlib.objectmodel import r_dict, compute_hash, compute_identity_hash


def key_eq(a, b):  # reveal: (str, str) -> bool
    return a.lower() == b.lower()


def key_hash(a):  # reveal: (str) -> int
    return compute_hash(a.lower())


def count_ci(words):  # reveal: (list[str]) -> int
    d = r_dict(key_eq, key_hash)
    for w in words:
        d[w] = d.get(w, 0) - 1
    total = 0
    for w in d:
        total += d[w]
    return total


def hash_int(n):  # reveal: (int) -> int
    return compute_hash(n)


class Obj:
    pass


def identity_hash(o):  # reveal: (Obj) -> int
    return compute_identity_hash(o)


def entry_point(argv):  # reveal: (list[str]) -> int
    words = [argv[0], argv[0].upper(), "x" + argv[0]]
    r = count_ci(words) + hash_int(len(argv) - 7)
    if identity_hash(Obj()) == 0:
        r += 1
    return r


def target(driver, args):
    return entry_point
