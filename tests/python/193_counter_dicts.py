# collections: defaultdict, OrderedDict, Counter, ChainMap (app-level library)
from collections import defaultdict, OrderedDict, Counter, ChainMap


def show_error(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dd, dict(dd), dd["z"], len(dd), isinstance(dd, dict))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, sorted(counts.items()), counts.default_factory)
nf = defaultdict(None, {"a": 1})
print(nf, nf.get("b"), "b" in nf)
show_error(lambda: nf["b"])
show_error(lambda: defaultdict(3))
cp = counts.copy()
cp["m"] = 100
print(type(cp).__name__, cp["m"], counts["m"], defaultdict(lambda: "?", a=1)["q"])
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]))

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), OrderedDict(), od == OrderedDict([("b", 1), ("a", 2), ("c", 3)]))
od.move_to_end("b")
print(list(od.keys()))
od.move_to_end("c", last=False)
print(list(od.items()))
print(od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == dict(o2), list(reversed(o1)))
show_error(lambda: OrderedDict().popitem())
show_error(lambda: o1.move_to_end("zz"))
print(OrderedDict.fromkeys("abc", 0))

c = Counter("abracadabra")
print(c, c["a"], c["z"], len(c), c.total())
print(c.most_common(2), c.most_common()[-1], sorted(c.elements())[:6])
c.update("aaz")
c.update({"b": 10})
print(c)
c.subtract({"a": 20})
print(c, +c, -c)
c2 = Counter(a=3, b=1)
c3 = Counter(a=1, b=2, d=5)
print(c2 + c3, c2 - c3, c2 | c3, c2 & c3)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(), Counter(x=0))
del c2["zzz"]
del c2["a"]
print(c2, Counter(cats=4, dogs=8), Counter({"red": 4, "blue": 2}))
words = "the quick the lazy the dog quick".split()
print(Counter(words).most_common(2), sorted(Counter(words)))
show_error(lambda: Counter.fromkeys("abc"))
c4 = Counter(a=2)
c4 += Counter(a=-5, b=1)
print(c4)

base = {"color": "red", "size": 1}
override = {"color": "blue"}
cm = ChainMap(override, base)
print(cm["color"], cm["size"], len(cm), sorted(cm), "size" in cm, cm.get("nope", 0))
print(cm)
child = cm.new_child({"size": 99})
print(child["size"], child.parents["size"], child.maps[0])
cm["new"] = 1
print(override, list(cm.keys()))
del cm["new"]
show_error(lambda: cm["missing"])


def delete_base_key():
    del cm["size"]


show_error(delete_base_key)
