class Temperature:
    def __init__(self, celsius):
        self._c = celsius
        self.log = []

    @property
    def celsius(self):
        self.log.append("get")
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self.log.append("set")
        self._c = value

    @celsius.deleter
    def celsius(self):
        self.log.append("del")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t._c, t.log)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)

class Old:
    def get_x(self):
        return self._x * 2
    def set_x(self, v):
        self._x = v
    x = property(get_x, set_x, doc="the x")

o = Old()
o.x = 21
print(o.x, type(Old.x).__name__, Old.x.__doc__)
print(isinstance(Old.__dict__["x"], property), Old.x.fget is Old.get_x)

class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        if not hasattr(self, "_cache"):
            self.computed += 1
            self._cache = sum(range(100))
        return self._cache

lz = Lazy()
print(lz.value, lz.value, lz.computed)

class Base:
    @property
    def kind(self):
        return "base"
class Derived(Base):
    @property
    def kind(self):
        return "derived+" + super().kind
print(Derived().kind)
class RO:
    @property
    def only(self):
        return 1
try:
    del RO().only
except AttributeError as e:
    print("AttributeError:", e)
