words = ["pear", "fig", "banana", "kiwi"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(min(3, 1, 2), max(3, 1, 2), min([], default="empty"), max([], default=None), max([5], default=0))
print(min("hello"), max((1, "b"), (1, "a")), min([3, 1], key=lambda x: -x))
print(max(words, key=lambda w: (len(w), w)), min(w for w in words if "i" in w))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([[1], [2, 3]], []), sum([0.5, 0.25]), sum(range(5), start=100))
print(sum(((1, 2), (3,)), ()), sum([]), sum(x * x for x in range(4)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2]), sorted("cba"), sorted(words, key=len, reverse=True), sorted([]), sorted({3: 0, 1: 0}))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x"]), all(x > 0 for x in [1, -1]))
print(list(map(str.upper, words)), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda w: len(w) > 3, words)))
print(list(zip("abc", [1, 2])), list(zip()), list(zip([1, 2], [3, 4], [5, 6])), dict(zip(words, map(len, words))))
print(list(enumerate("xyz", start=1)), list(enumerate([])), [(i, w) for i, w in enumerate(words, 10)][:2])
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), "".join(reversed("stressed")))
lines = iter(["a", "b", "STOP", "c"])
print(list(iter(lambda: next(lines), "STOP")))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
it = iter([1])
print(next(it), next(it, "default"), next(iter([]), None))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
m = map(int, ["1", "2"])
print(next(m), list(m), list(m))
z = zip(range(3), "ab")
print(list(z), list(z))
