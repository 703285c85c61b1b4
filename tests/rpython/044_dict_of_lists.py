"""Dict of lists (grouping / adjacency lists), list of dicts, and dict of dicts."""


def group_by_length(words):
    groups = {}
    for w in words:
        n = len(w)
        if n not in groups:
            groups[n] = []
        groups[n].append(w)
    return groups


def entry_point(argv):
    words = "a bb cc ddd e fff gggg hh iii jjjj k".split()
    groups = group_by_length(words)
    for n, ws in groups.items():
        print(n, ":", " ".join(ws))
    index = {}
    text = "to be or not to be that is the question"
    for pos, w in enumerate(text.split()):
        index.setdefault(w, []).append(pos)
    for w in index:
        print("%-9s %s" % (w, ",".join([str(p) for p in index[w]])))
    records = []
    for i in range(3):
        r = {}
        r["id"] = i
        r["score"] = i * i * 10
        records.append(r)
    print("records:", " ".join(["%d/%d" % (r["id"], r["score"]) for r in records]))
    nested = {}
    for a in ["x", "y"]:
        inner = {}
        for b in ["p", "q", "r"]:
            inner[b] = len(a + b) * ord(b)
        nested[a] = inner
    for a in nested:
        print(a, " ".join(["%s=%d" % (b, v) for b, v in nested[a].items()]))
    nested["x"]["p"] = -1
    print("nested update:", nested["x"]["p"], nested["y"]["p"])
    groups[2].append("zz")
    print("mutated via dict:", " ".join(groups[2]))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
