d = {"b": 2, "a": 1}
d["c"] = 3
print(d, d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("b"), d.pop("nope", "default"), d)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
keys = d.keys()
vals = d.values()
items = d.items()
d["w"] = 0
print(keys, vals, items)
print(list(keys), len(keys), "x" in keys, 10 in vals, ("x", 10) in items)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print({k: v for k, v in zip("abc", range(3)) if v != 1})
order = {}
for k in ["one", "two", "three", "four"]:
    order[k] = len(k)
del order["two"]
order["two"] = 3
order["one"] = 99
print(order, list(order))
copy = order.copy()
copy.clear()
print(copy, len(order))
print(dict(a=1, b=2), dict([(1, 2)]), dict({"q": 1}, r=2), dict(zip("ab", [1, 2])))
print({1: "a"} == {1: "a"}, {1: "a"} != {1: "b"}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=counts.get), sorted(counts, key=lambda k: counts[k])[:2])
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv, list(reversed(list(inv))), list(reversed(inv.keys())))
m = {**{"a": 1}, **{"a": 2, "b": 3}}
print(m, m | {"c": 4}, {"a": 0} | m)
m |= {"z": 26}
print(m)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    for k in m:
        m["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].keys())
print(sorted({3: "c", 1: "a"}.items()), {}.get(1, []), bool({}), bool({0: 0}))
for k, v in {"x": 1, "y": 2}.items():
    print(k, v, end=" ")
print()
big = {i: i * i for i in range(100)}
for i in range(0, 100, 3):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()))
