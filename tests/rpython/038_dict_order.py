"""Dict insertion order is preserved across deletes, re-inserts, overwrites and pops."""


def dump(label, d):
    parts = []
    for k in d:
        parts.append("%s=%d" % (k, d[k]))
    print(label, len(d), "{" + ", ".join(parts) + "}")


def entry_point(argv):
    d = {}
    for w in ["one", "two", "three", "four", "five"]:
        d[w] = len(w)
    dump("initial", d)
    del d["two"]
    dump("del two", d)
    d["two"] = 22
    dump("re-insert two", d)
    d["one"] = 11
    dump("overwrite one", d)
    print("pop three ->", d.pop("three"))
    d["six"] = 6
    d["three"] = 33
    dump("after pop/insert", d)
    for i in range(20):
        d["k%d" % i] = i
    for i in range(0, 20, 2):
        del d["k%d" % i]
    dump("many", d)
    for i in range(0, 20, 4):
        d["k%d" % i] = 100 + i
    dump("re-added", d)
    keys = list(d.keys())
    print("keys:", ",".join(keys))
    vals = [str(v) for v in d.values()]
    print("values:", ",".join(vals))
    e = {}
    for i in range(100):
        e[i] = i
        if i % 3 != 0:
            del e[i]
    print("survivors:", " ".join([str(k) for k in e]))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
