registry = {}

def register(cls):
    registry[cls.__name__] = cls
    return cls

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join("%s=%r" % (k, v) for k, v in sorted(self.__dict__.items()))
        return "%s(%s)" % (cls.__name__, fields)
    cls.__repr__ = __repr__
    return cls

def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco

@register
@add_repr
@with_tag("shape")
class Square:
    def __init__(self, side):
        self.side = side

@register
class Circle:
    tag = "round"

print(sorted(registry), Square(3), Square.tag, Circle.tag)
print(registry["Square"] is Square)

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, name):
        self.name = name
a = Config("first")
b = Config("second")
print(a is b, a.name, type(Config).__name__)

def count_calls(cls):
    orig = cls.__init__
    cls.created = 0
    def __init__(self, *args):
        cls.created += 1
        orig(self, *args)
    cls.__init__ = __init__
    return cls

@count_calls
class Node:
    def __init__(self, v):
        self.v = v
nodes = [Node(i) for i in range(4)]
print(Node.created, [n.v for n in nodes])
