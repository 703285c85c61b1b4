"""Metaclasses: metaclass= keyword (class, function, type), inherited
metaclasses, __new__/__init__ with keywords, __call__ and
super().__call__, metaclass methods, properties and __repr__ seen from the
class, type(name, bases, ns) on a metaclass, and the metaclass conflict
error."""

class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            Registry.classes.append(name)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.initialized = True
    def describe(cls):
        return f"class {cls.__name__} with {sorted(k for k in cls.__dict__ if not k.startswith('__'))}"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    def __repr__(cls):
        return f"<Registered {cls.__name__}>"
class Plugin(metaclass=Registry):
    def run(self): return "run " + type(self).__name__
class A(Plugin, flavour="x"):
    x = 1
class B(A):
    pass
print(Registry.classes, A.kw, B.kw, A.initialized, type(A).__name__, isinstance(B, Registry), isinstance(B, type))
print(A.describe(), B.upper_name, repr(A), A, B().run(), issubclass(B, Plugin))
print(type(Plugin) is Registry, type(type(Plugin)) is type, Registry.__mro__[1] is type)
class Counted(type):
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        cls.count = getattr(cls, "count", 0) + 1
        return inst
class Thing(metaclass=Counted):
    def __init__(self, v): self.v = v
t1 = Thing(1); t2 = Thing(v=2)
print(Thing.count, t2.v, type(t1).__name__)
def func_meta(name, bases, ns):
    ns["added"] = True
    return type(name, bases, ns)
class F(metaclass=func_meta):
    pass
print(F.added, type(F) is type)
class Plain(metaclass=type):
    pass
print(type(Plain) is type)
M2 = type("M2", (type,), {"hello": lambda cls: "hi from " + cls.__name__})
C2 = M2("C2", (), {})
print(C2.hello(), type(C2).__name__)
class Meta1(type): pass
class Meta2(type): pass
class X1(metaclass=Meta1): pass
class X2(metaclass=Meta2): pass
try:
    class X3(X1, X2): pass
except TypeError as e:
    print(e)
