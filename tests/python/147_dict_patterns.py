text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts, key=lambda k: (-counts[k], k)))
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
d = {"a": 1}
print(d.pop("a"), d.pop("zz", "default"), d, d.setdefault("n", []), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
d = dict(a=1, b=2)
d.update({"c": 3}, d=4)
d.update([("e", 5)])
print(d, list(d)[::-1], d.popitem(), len(d))
nested = {"x": {"y": {"z": 1}}}
print(nested["x"]["y"]["z"], nested.get("q", {}).get("y"), "x" in nested, "y" in nested)
inv = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv, {k: len(v) for k, v in inv.items()})
print({(1, 2): "t", 3.0: "f", True: "b"}, {1: "a", 1.0: "b"}, {None: 0})
merged = {**{"a": 1, "b": 2}, "b": 3, **{"c": 4}}
print(merged, {"a": 1} | {"b": 2}, dict(sorted({"b": 1, "a": 2}.items())))
d2 = {}
d2 |= {"q": 1}
print(d2, {} == dict(), {"a": 1} == {"a": 1.0}, list({}.keys()))
try:
    {}[[1]] = 2
except TypeError as e:
    print("TypeError", e)
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k) % 3
    def __eq__(self, o):
        return self.k == o.k
dk = {Key(i): i for i in range(6)}
print(sorted(dk.values()), dk[Key(4)], Key(9) in dk)
