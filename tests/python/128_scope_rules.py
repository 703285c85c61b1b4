x = "global"
def read_global():
    return x
def shadow():
    x = "local"
    return x
def unbound():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(read_global(), shadow(), x)
print(unbound())
def outer():
    y = 1
    def middle():
        y = 2
        def inner():
            return y
        return inner()
    return middle(), y
print(outer())
class C:
    x = "class"
    def method(self):
        return x
    lst = [x for _ in range(1)]
print(C().method(), C.x, C.lst)
def counter():
    n = 0
    def incr():
        nonlocal n
        n += 1
        return n
    return incr
c1, c2 = counter(), counter()
print(c1(), c1(), c2())
def g():
    global newglobal
    newglobal = [1]
    newglobal.append(2)
g()
print(newglobal)
for i in range(3):
    pass
print(i)
try:
    def bad():
        nonlocal_missing = 1
        del nonlocal_missing
        return nonlocal_missing
    bad()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
