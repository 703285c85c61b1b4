def greet(name, greeting="Hello", *, punct="!", upper=False):
    s = "%s, %s%s" % (greeting, name, punct)
    return s.upper() if upper else s

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet("Di", greeting="Yo", upper=True))

def collect(first, *rest, sep="-", **opts):
    parts = [str(first)] + [str(r) for r in rest]
    keys = sorted(opts)
    return sep.join(parts) + " | " + ",".join("%s=%s" % (k, opts[k]) for k in keys)

print(collect(1))
print(collect(1, 2, 3))
print(collect(1, 2, sep="+", b=2, a=1))
print(collect(*[4, 5, 6], **{"z": 26, "y": 25}))

def append_to(x, lst=[]):
    lst.append(x)
    return lst

print(append_to(1), append_to(2))

def safe_append(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst

print(safe_append(1), safe_append(2))

def kwonly_required(*, a, b=5):
    return a * b

print(kwonly_required(a=3), kwonly_required(b=2, a=7))
try:
    kwonly_required(1)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly_required()
except TypeError as e:
    print("TypeError:", e)
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", "b", "c")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", nope=1)
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", name="b")
except TypeError as e:
    print("TypeError:", e)

def show(*args, **kwargs):
    print(type(args).__name__, args, type(kwargs).__name__, sorted(kwargs.items()))

show()
show(1, "two", x=3)
print(greet.__name__, greet.__defaults__, greet.__kwdefaults__ == {"punct": "!", "upper": False})

def pos_only(a, b, /, c=3):
    return a + b + c

print(pos_only(1, 2), pos_only(1, 2, c=10))
