a = [1, 2]
a.append(a)
print(a)
d = {"k": 1}
d["self"] = d
print(d)
nested = [[], [[]], {"x": [(), (1,), ("s", None)]}]
print(nested, repr(nested) == str(nested))
print([1.0, 2.5, "x", None, True, {1: [2]}])
print(("single",), (("nested",),), [[[1]]])
print({"quote'": 'dq"', "both'\"": 1})
