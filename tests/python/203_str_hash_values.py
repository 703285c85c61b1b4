# Hashes of strings built in different ways agree (literal, concatenation,
# slicing, join, split, formatting, non-ASCII), so dicts and sets find them


words = ["", "a", "ab", "héllo", "€uro", "日本語", "mixed é and ascii", "x" * 100]
built = []
for w in words:
    built.append("".join([c for c in w]))
d = {}
for w in words:
    d[w] = len(w)
for b in built:
    print(repr(b), d[b], hash(b) == hash(b[:]), b in set(words))
a = "héllo wörld"
print(hash(a[:5]) == hash("héllo"), hash(a.split(" ")[1]) == hash("wörld"))
print(hash("%s-%d" % ("k", 5)) == hash("k-5"), hash(f"{'é'}{1}") == hash("é1"))
s = set()
for i in range(1000):
    s.add("k%dé" % (i % 100))
    s.add(("k%d" % (i % 50)) + "é")
print(len(s))
keys = {}
for part in ("α,β,γ," * 50).split(","):
    keys[part] = keys.get(part, 0) + 1
print(sorted(keys.items()))
print(hash("abc") == hash("ab" + "c"), hash("") == hash("x"[:0]))
