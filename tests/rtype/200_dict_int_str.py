# Dicts with int and str keys: creation, item access and assignment,
# `in`, len, del, the methods, iteration in insertion order, KeyError.

def use_int_dict(n):
    d = {}
    for i in range(n):
        d[i * 7] = i
    d[14] = 100
    del d[0]
    total = 0
    for k in d:
        total += k * d[k]
    if 21 in d and not (5 in d):
        total += 1
    print(len(d), total, d.get(7, -1), d.get(8, -1))
    print(d.pop(7), d.pop(8, -2), d.setdefault(3, 33), d.setdefault(14, 0))
    k, v = d.popitem()
    print(k, v)
    for k, v in d.items():
        print(k, v)
    for v in d.values():
        print(v)
    for k in d.keys():
        print(k)
    e = d.copy()
    e.clear()
    print(len(d), len(e), bool(e))
    try:
        print(d[12345])
    except KeyError:
        print("missing")
    return total


def use_str_dict(words):
    counts = {"start": 0}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    other = {"a": 10, "zz": 26}
    counts.update(other)
    for w in counts:
        print(w, counts[w])
    return counts["a"]


def entry_point(argv):
    use_int_dict(6)
    use_str_dict(["a", "b", "a", "c"])
    return 0


def target(driver, args):
    return entry_point
