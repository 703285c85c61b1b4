class Config:
    defaults = {"debug": False, "level": 1}
    names = [k.upper() for k in ["a", "b"]]
    total = sum(range(5))

    def __init__(self, **overrides):
        self.settings = dict(Config.defaults)
        self.settings.update(overrides)

    def get(self, key):
        return self.settings[key]

c = Config(level=3)
print(c.get("level"), c.get("debug"), Config.names, Config.total)
print(sorted(Config.defaults.items()))
class Registry:
    items = []
    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return cls
Registry.add(1).add(2)
print(Registry.items)
class Base:
    tag = "base"
    def describe(self):
        return "I am " + self.tag
class Derived(Base):
    tag = "derived"
print(Base().describe(), Derived().describe())
d = Derived()
d.tag = "instance"
print(d.describe(), Derived.tag)
class WithSlotsLike:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1
print(WithSlotsLike().a)
def make_class(n):
    class Inner:
        value = n
        def get(self):
            return self.value * 2
    return Inner
print(make_class(4)().get(), make_class(5).value)
