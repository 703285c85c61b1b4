class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "Version(%s)" % ".".join(str(p) for p in self.parts)
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __hash__(self):
        return hash(self.parts)

vs = [Version(s) for s in ["1.10.0", "1.2.0", "1.2", "0.9.9", "2.0"]]
print(sorted(vs))
print(max(vs), min(vs), Version("1.2") < Version("1.10"), Version("2.0") >= Version("2.0"))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.0"), len(set(vs)))

class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "L%d" % self.v
ls = [OnlyLt(3), OnlyLt(1), OnlyLt(2)]
print(sorted(ls), OnlyLt(5) > OnlyLt(4), max(ls))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)

class EqOnly:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, EqOnly) and self.k == o.k
e1, e2 = EqOnly(1), EqOnly(1)
print(e1 == e2, e1 != e2, e1 is e2, e1 in [e2])
try:
    hash(e1)
except TypeError as e:
    print("TypeError:", e)

class Card:
    ORDER = "23456789TJQKA"
    def __init__(self, r):
        self.r = r
    def __lt__(self, o):
        return self.ORDER.index(self.r) < self.ORDER.index(o.r)
    def __eq__(self, o):
        return self.r == o.r
    def __hash__(self):
        return hash(self.r)
    def __repr__(self):
        return self.r
hand = [Card(c) for c in "KA2T9"]
hand.sort()
print(hand, sorted(hand, reverse=True), Card("A") in hand, {Card("K"): 1}[Card("K")])
class Ident:
    pass
i1 = Ident()
print(i1 == i1, i1 == Ident(), i1 != Ident(), hash(i1) == hash(i1))
