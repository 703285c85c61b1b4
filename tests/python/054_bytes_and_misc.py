b = b"hello"
print(b, len(b), b[0], b[-1], b == b"hello", b + b"!")
print("héllo".encode(), b"abc".decode(), bytes([65, 66]), bytes(3))
s = "abc"
print(list(s), tuple(s), [c * 2 for c in s], s * 2)
print(str(b"x"), repr(b"q'"), repr(b"\x00\xff"))
x = 5
del x
print("x" in dir() if False else "deleted")
nums = [1, 2, 3, 4, 5, 6]
del nums[1:3]
print(nums)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"), o.__class__.__name__, O.__name__)
print(type(o) is O, type(O).__name__, type(type).__name__)
print(int.__name__, (1).__class__.__name__, [].__class__ is list)
