inventory = {"apples": 3, "pears": 0, "kiwis": 12}
for name, qty in inventory.items():
    if qty:
        print(name, qty)
print(sorted(inventory, key=lambda k: inventory[k]))
print(sum(inventory.values()), max(inventory, key=inventory.get))
inv2 = {k: v * 2 for k, v in inventory.items() if v}
print(inv2)
try:
    for k in inventory:
        inventory["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], list(nested["a"]))
d = {}
d[1] = "int"
d[1.5] = "float"
d["1"] = "str"
d[(1,)] = "tuple"
d[None] = "none"
print(d, d[1.0], len(d))
keys = list(d)
for k in keys:
    del d[k]
print(d, len(d))
big = {}
for i in range(1000):
    big[i] = i * i
print(len(big), big[999], sum(big) == sum(range(1000)))
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], big.get(2), big[3])
