# str.split with a separator (runtime split) and dicts keyed by strs
# (inline str comparison in lookups), with subclass keys mixed in


class K(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        print("  K.__eq__", str(self), other)
        return str(self) == other


print("a,b,,c,".split(","), ",".split(","), "".split(","), "abc".split(","))
print("a::b::c".split("::"), "a::b::c".split("::", 1), "a,b,c".split(",", 0))
print("x,y,z".split(",", 1), "é,ü,€,".split(","), "aaaa".split("aa"))
print("a,b,c".rsplit(",", 1), "a,b,c".rsplit(","))
for bad in [lambda: "a".split(""), lambda: "a".split(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

counts = {}
text = ",".join("w%d" % (i % 7) for i in range(50))
for w in text.split(","):
    key = w[:2]
    counts[key] = counts.get(key, 0) + 1
print(sorted(counts.items()))

d = {"ab": 1, 1: "one", 2.0: "two"}
print(d.get("a" + "b"), d.get(K("ab")), d.get("zz", 0), d[1], d[2])
d[K("ab")] = 5
print(d)
d2 = {K("q"): 1}
print(d2.get("q"), "q" in d2, d2.get("r"))
d3 = {}
for i in range(200):
    d3["k%d" % i] = i
print(len(d3), d3["k150"], sum(d3[("k%d" % i)] for i in range(200)))
del d3["k10"]
print("k10" in d3, d3.get("k10"), len(d3))
