class Tag:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("<%s>" % self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("</%s>" % self.name, et.__name__ if et else None, ev)
        return self.suppress

with Tag("a") as t:
    print("inside", t.name)

with Tag("outer"), Tag("inner") as i:
    print("body", i.name)

with Tag("s", suppress=True):
    raise ValueError("hidden")
print("after suppressed")

try:
    with Tag("ns"):
        raise KeyError("visible")
except KeyError as e:
    print("caught", repr(e))

def early():
    with Tag("ret"):
        return "returned"

print(early())

for i in range(3):
    with Tag("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

class Resource:
    opened = 0
    def __enter__(self):
        Resource.opened += 1
        return "res"
    def __exit__(self, *args):
        Resource.opened -= 1
        return False

with Resource() as r1, Resource() as r2:
    print(r1, r2, Resource.opened)
print(Resource.opened)

class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)

with Suppress(ZeroDivisionError, KeyError):
    1 / 0
with Suppress(LookupError):
    [][1]
try:
    with Suppress(KeyError):
        int("z")
except ValueError as e:
    print("ValueError:", e)

class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
