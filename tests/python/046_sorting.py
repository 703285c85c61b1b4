people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
words = "the Quick brown fox Jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=str.lower))
print(sorted(set(words), key=len)[:3] if False else sorted(words, key=len))
class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price
    def __lt__(self, other):
        return self.price < other.price
    def __repr__(self):
        return self.name
items = [Item("c", 3), Item("a", 1), Item("b", 2)]
print(sorted(items), min(items), max(items))
data = list(range(20, 0, -3))
data.sort()
print(data, sorted("zyxwv"), sorted([[2, 1], [1, 2], [1, 1]]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
