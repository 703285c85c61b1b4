def check(x):
    assert x > 0, "x must be positive, got %d" % x
    assert isinstance(x, int)
    return x * 2

print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e), e.args)

a = 1
b = [1, 2, 3, 4, 5, 6, 7, 8]
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
del b[0]
print(b)
del b[-1]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)

class Obj:
    pass

o = Obj()
o.p = 1
o.q = 2
del o.p
print(hasattr(o, "p"), o.q)
try:
    del o.p
except AttributeError as e:
    print("AttributeError:", e)

x, y, z = 1, 2, 3
del x, y
print(z)
lst = [[1, 2], [3, 4]]
del lst[0][1], lst[1]
print(lst)

def local_del():
    v = 10
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)

print(local_del())
try:
    del [1][5]
except IndexError as e:
    print("IndexError:", e)
