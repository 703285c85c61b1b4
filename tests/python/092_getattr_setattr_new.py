class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError("no field %r" % name)
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private: " + name)
        self._fields[name] = value
    def __delattr__(self, name):
        del self._fields[name]

r = Record(a=1, b=2)
print(r.a, r.b, getattr(r, "c", "none"), hasattr(r, "zz"))
r.c = 3
print(r._fields)
del r.a
print(r._fields)
try:
    r._secret = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    r.missing
except AttributeError as e:
    print("AttributeError:", e)

class Tracked:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
t = Tracked()
t.x = 5
print(t.magic, t.x)

class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.created = 0
        cls._instance.created += 1
        return cls._instance
    def __init__(self, v):
        self.v = v
s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2, s1.v, s1.created)

class Slots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
sl = Slots()
sl.b = 2
print(sl.a, sl.b)
