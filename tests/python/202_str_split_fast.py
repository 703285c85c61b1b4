# str.split with a separator: one-byte and longer separators, non-ASCII
# text, maxsplit, many parts, and the parts used afterwards


def show(s, *args, **kw):
    try:
        print(repr(s), args, kw, s.split(*args, **kw))
    except (ValueError, TypeError) as e:
        print(repr(s), args, type(e).__name__, e)


for s in ["a,b,c", ",a,,b,", "", ",", ",,", "abc", "héllo,wörld,€,", "€,€", "a€b€c"]:
    show(s, ",")
    show(s, ",", 1)
    show(s, ",", 0)
    show(s, ",", -5)
for s in ["a::b::::c", "::", "aaaa", "aaaaa", "x€€y€€", "abcabc", "ab"]:
    show(s, "::")
    show(s, "aa")
    show(s, "€€", 1)
    show(s, "abc")
show("a b", "")
show("a b", 5)
show("  a  b  ", None)
show("  a  b  ", None, 1)
show("a,b", sep=",", maxsplit=-1)
text = ",".join(["w%dé" % i for i in range(5000)])
parts = text.split(",")
print(len(parts), parts[0], parts[-1], parts[2500], len(parts[4999]))
parts2 = text.split("é,")
print(len(parts2), parts2[:3], parts2[-1])
print(text.split(",", 3)[:3], len(text.split(",", 3)[3]))
print(text.rsplit(",", 2)[1:], "a,b,c".rsplit(",", 1))
counts = {}
for w in text.split(","):
    counts[w[:2]] = counts.get(w[:2], 0) + 1
print(sorted(counts.items()))
s = "solo"
print(s.split(",")[0] is s, s.split(",") == [s])
for s in ["abc", " abc ", "a b", "a,b"]:
    for m in [-1, 0, 1]:
        print(s.split(None, m)[0] is s, s.split(",", m)[0] is s,
              s.rsplit(None, m)[0] is s, s.rsplit(",", m)[0] is s,
              s.rsplit(None, m), s.split(None, m))
