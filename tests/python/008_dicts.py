d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"])
print(d.get("four"), d.get("four", 4), "one" in d, "five" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values())
del d["one"]
print(d)
print(d.pop("two"), d)
d.update({"a": 1, "b": 2})
d.update(c=3)
print(d)
print(d.setdefault("a", 100), d.setdefault("z", 26), d)
for k in d:
    print(k, d[k])
e = dict(x=1, y=2)
print(e, dict([(1, 2), (3, 4)]), dict(e))
counts = {}
for w in "the quick the lazy the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print({1: "a", 1.0: "b"}, {True: 1, 1: 2})
print(d == {"three": 3, "a": 1, "b": 2, "c": 3, "z": 26}, {} == {})
print(sorted({3: 1, 1: 2, 2: 3}))
print(d.popitem(), len(d))
print(dict.fromkeys(["a", "b"], 0))
m = {**e, "z": 0}
print(m, {**{}, **{"k": 1}})
