"""Descriptors learning their attribute name through __set_name__ (called
in definition order when the class is created, before
__init_subclass__)."""


class Field:
    def __init__(self, default):
        self.default = default

    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        setattr(obj, self.private, value)


class Base:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)


class Record(Base):
    x = Field(0)
    y = Field("y")
    plain = 5


r = Record()
print(r.x, r.y, Record.x.name, Record.y.private)
r.x = 10
print(r.x, vars(r))


class Later:
    pass


f = Field(1)
Later.f = f          # assigning later does not call __set_name__
print(hasattr(f, "name"))
