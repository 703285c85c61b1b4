print(type(1), type("s"), type([]), type(None), type(type), type(len))
print(type(1) is int, type(True) is bool, type(1.0).__name__, type({}) == dict)
def hello(self):
    return "hello from " + self.name
Dyn = type("Dyn", (object,), {"name": "dyn", "hello": hello, "count": 3})
d = Dyn()
print(Dyn.__name__, d.hello(), Dyn.count, isinstance(d, Dyn), type(d) is Dyn)
Sub = type("Sub", (Dyn,), {"name": "sub"})
print(Sub().hello(), Sub.__bases__[0].__name__, [c.__name__ for c in Sub.__mro__])
Empty = type("Empty", (), {})
print(Empty.__name__, Empty.__bases__ == (object,))
class Meta:
    pass
o = object()
print(type(o).__name__, isinstance(o, object), isinstance(Meta, type), isinstance(3, object))
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(1, (str, int)), isinstance("x", (list, tuple)), issubclass(bool, int), issubclass(int, (str, object)))
print(issubclass(KeyError, LookupError), issubclass(Sub, (int, Dyn)), isinstance(True, int))
print(callable(Dyn), callable(d), callable(len), callable(3), callable(hello))
class WithCall:
    def __call__(self):
        return 1
print(callable(WithCall()), WithCall()())
print(repr(Dyn)[:8], str(int), repr(None), type(3).__mro__ if False else "")
def f(): pass
print(type(f).__name__, type(print).__name__, type(d.hello).__name__, type(Dyn.__dict__).__name__ in ("mappingproxy", "dict"))
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(3, 4)
except TypeError as e:
    print("TypeError:", e)
