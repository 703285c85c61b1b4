class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress

with Ctx("a") as x:
    print("inside", x)
with Ctx("b", True):
    raise ValueError("boom")
print("after suppressed")
try:
    with Ctx("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
with Ctx("d") as d1, Ctx("e") as e1:
    print(d1, e1)
def f():
    with Ctx("f"):
        return "returned"
print(f())
for i in range(2):
    with Ctx("loop%d" % i):
        if i == 0:
            continue
        break
