"""Dict methods: get (with/without default), setdefault, pop (with default), keys/values/items, update, clear, copy, popitem, in, len."""


def show(d):
    return "{" + ", ".join(["%s: %d" % (k, v) for k, v in d.items()]) + "}"


def entry_point(argv):
    d = {"a": 1, "b": 2}
    print("start:", show(d), len(d))
    print("get:", d.get("a", -1), d.get("zz", -1))
    print("setdefault existing:", d.setdefault("a", 100), "new:", d.setdefault("c", 3))
    print("after setdefault:", show(d))
    print("pop default:", d.pop("nope", -7), "pop b:", d.pop("b"))
    print("in:", "a" in d, "b" in d, "b" not in d)
    other = {"x": 10, "a": 99}
    d.update(other)
    print("update:", show(d))
    c = d.copy()
    c["new"] = 5
    print("copy:", show(c), "orig:", show(d))
    k, v = c.popitem()
    print("popitem:", k, v, show(c))
    print("keys:", " ".join([k for k in d.keys()]))
    print("values:", " ".join([str(v) for v in d.values()]))
    total = 0
    for k, v in d.items():
        total += v
    print("sum values:", total)
    d.clear()
    print("cleared:", show(d), len(d), "a" in d)
    try:
        print(d["a"])
    except KeyError:
        print("KeyError caught")
    e = {}
    e["z"] = 0
    e["z"] += 5
    e["z"] *= 3
    print("augmented:", e["z"])
    words = "the cat and the hat and the bat".split()
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    print("counts:", show(counts))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
