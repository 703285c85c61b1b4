class Plugin:
    plugins = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__()
        Plugin.plugins.append(cls.__name__)
        cls.key = kwargs.get("key", cls.__name__.lower())

class Alpha(Plugin):
    pass

class Beta(Plugin, key="b"):
    pass

class Gamma(Beta):
    pass

print(Plugin.plugins, Alpha.key, Beta.key, Gamma.key)
print(hasattr(Plugin, "key"))

class Base:
    count = 0
    def __init_subclass__(cls):
        Base.count += 1
        cls.ident = Base.count

class A(Base):
    pass
class B(Base):
    pass
class C(A):
    pass
print(A.ident, B.ident, C.ident, Base.count)

class Validated:
    required = ()
    def __init_subclass__(cls, required=(), **kw):
        super().__init_subclass__(**kw)
        cls.required = tuple(required)
    def __init__(self, **fields):
        for r in self.required:
            if r not in fields:
                raise TypeError("missing field %r" % r)
        self.fields = fields

class User(Validated, required=("name", "age")):
    pass
print(User(name="x", age=3).fields)
try:
    User(name="x")
except TypeError as e:
    print("TypeError", e)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError raised")
print(Plugin.plugins)
try:
    class Bad2(unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
class Quiet:
    pass
class Quiet2(Quiet):
    pass
print(Quiet2.__mro__[-1].__name__)
