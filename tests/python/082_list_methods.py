people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
print(sorted(people, key=lambda p: p[1], reverse=True))
lst = people[:]
lst.sort(key=lambda p: p[0], reverse=True)
print(lst)
nums = [5, 2, 9, 1, 5, 6]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.insert(0, 100)
nums.insert(-1, 50)
nums.insert(99, 7)
print(nums)
print(nums.pop(), nums.pop(0), nums.pop(-2), nums)
nums.remove(5)
print(nums, nums.index(5), nums.count(5), nums.index(9))
nums.extend(range(3))
nums.extend("ab")
print(nums)
nums.reverse()
print(nums)
c = nums.copy()
c.clear()
print(c, len(nums))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [3, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(list(reversed(words)), words[::-1] == list(reversed(words)))
m = [[3, 1], [1, 2], [3, 0]]
m.sort()
print(m, max(m), min(m))
a = [1, 2, 3]
b = a
a = a + [4]
print(a, b)
print([0] * 3, [[]] * 2, [1, 2] * 0, list("abc"), list(range(3)), list((1, 2)))
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [2] > [1, 9], 2 in [1, 2], [] == [])
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], len(nested), str(nested))
stable = sorted([(1, "b"), (0, "z"), (1, "a"), (0, "y")], key=lambda t: t[0])
print(stable)
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({3: 1, 1: 2}))
lst2 = [4, 5]
lst2[len(lst2):] = [6]
lst2 += (7,)
print(lst2, lst2.index(6, 1), [1, 2, 1, 2].index(2, 2))
