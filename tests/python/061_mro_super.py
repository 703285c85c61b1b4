class A:
    def who(self):
        return ["A"]
    def hello(self):
        return "A.hello"

class B(A):
    def who(self):
        return ["B"] + super().who()

class C(A):
    def who(self):
        return ["C"] + super().who()
    def hello(self):
        return "C.hello"

class D(B, C):
    def who(self):
        return ["D"] + super().who()

print([k.__name__ for k in D.__mro__])
print(D().who())
print(D().hello())
print(D.mro() == list(D.__mro__))
print(issubclass(D, A), issubclass(A, D), isinstance(D(), C))

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print("TypeError:", e)

class Base:
    def __init__(self, name):
        self.name = name
        self.log = ["Base"]

class Mixin:
    def describe(self):
        return "%s(%s)" % (type(self).__name__, self.name)

class Child(Mixin, Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
        self.log.append("Child")

c = Child("kid", 3)
print(c.describe(), c.extra, c.log)
print([k.__name__ for k in Child.__mro__])

class Explicit(B):
    def who(self):
        return ["E"] + super(Explicit, self).who()

print(Explicit().who())
print(Child.__bases__[0].__name__, Child.__bases__[1].__name__)
print(object.__bases__, A.__bases__[0] is object)

class Diamond1: 
    def f(self): return "D1"
class L(Diamond1):
    pass
class R(Diamond1):
    def f(self): return "R"
class M(L, R):
    pass
print(M().f())
