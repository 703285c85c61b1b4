people = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "SF"), ("dave", 30, "NY"), ("eve", 22, "LA"), ("frank", 25, "LA")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: p[2]))
print(sorted(people, key=lambda p: (p[2], -p[1])))
print(sorted(people))
print(sorted(people, reverse=True)[:2])
by_city = sorted(sorted(people, key=lambda p: p[0], reverse=True), key=lambda p: p[2])
print([p[0] for p in by_city])
pairs = [(1, "b"), (1, "a"), (0, "z"), (1, "a"), (0, "y")]
print(sorted(pairs), sorted(pairs, key=lambda t: t[0]), sorted(pairs, key=lambda t: t[0], reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, key=str.upper))
lst = [3, 1, 2]
lst.sort(key=lambda x: -x)
print(lst, sorted("hello"), sorted({3: 1, 1: 2}), sorted((2, 1)), sorted([], reverse=True))
print(sorted([1.5, -2, 3, 0.0]), sorted([[2, 1], [1, 2], [1]]), sorted([(1, 2), (1,)]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
class Rec:
    def __init__(self, k):
        self.k = k
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return "Rec(%d)" % self.k
print(sorted([Rec(3), Rec(1), Rec(2)]), max([Rec(3), Rec(5)], key=lambda r: r.k))
