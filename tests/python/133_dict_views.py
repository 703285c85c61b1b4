d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 30, "d": 40}
print(sorted(d.keys() & e.keys()), sorted(d.keys() | e.keys()), sorted(d.keys() - e.keys()))
print(sorted(d.keys() ^ e.keys()), sorted(d.keys() & {"a", "z"}), sorted(d.keys() - {"a"}))
print(sorted(d.items() & {("a", 1), ("b", 3)}), ("a", 1) in d.items(), ("a", 2) in d.items())
k = d.keys()
v = d.values()
i = d.items()
d["z"] = 26
print(list(k), list(v), list(i), len(k), "z" in k, 26 in v)
del d["a"]
print(list(k), list(v), len(i))
print(d.keys() == {"b", "c", "z"}, d.keys() != {"b"}, d.keys() <= {"b", "c", "z", "q"}, d.keys().isdisjoint({"x"}))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(sorted(k), min(k), max(v), sum(v), any(x > 25 for x in v))
print({1: "x"}.keys() | [2, 3], list({}.items()), dict(zip(d.keys(), d.values())))
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as ex:
    print("RuntimeError", ex)
inv = {v2: k2 for k2, v2 in e.items()}
print(inv, sorted(inv.items(), key=lambda p: -p[0]))
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]), {**d, **e})
