"""Assignment to __class__: between compatible heap types (plain classes,
same __slots__, subclasses of the same builtin type), and CPython's
errors for the others (immutable types, different layouts)."""


class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."


class Dog(Animal):
    def speak(self):
        return self.name + " says woof"


class Cat(Animal):
    def speak(self):
        return self.name + " says meow"


a = Dog("rex")
print(a.speak(), type(a).__name__, isinstance(a, Dog))
a.__class__ = Cat
print(a.speak(), type(a).__name__, isinstance(a, Dog), isinstance(a, Cat))
print(a.__dict__, a.__class__ is Cat)


class Stack(list):
    def top(self):
        return self[-1]


class Queue(list):
    def top(self):
        return self[0]


s = Stack([1, 2, 3])
s.label = "s"
print(s.top(), s, s.label)
s.__class__ = Queue
print(s.top(), s, s.label, type(s).__name__, len(s))
s.append(4)
print(s, s.top())


class State:
    def handle(self):
        self.__class__ = Running
        return "start"


class Running(State):
    def handle(self):
        self.__class__ = State
        return "stop"


m = State()
print([m.handle() for _ in range(4)])


class A: pass
class A2: pass
class A3(A): pass
class S1: __slots__ = ('x',)
class S2: __slots__ = ('x',)
class S3: __slots__ = ('y',)
class S4: __slots__ = ('x', 'y')
class S5: __slots__ = ('y', 'x')
class SE: __slots__ = ()
class SD: __slots__ = ('__dict__',)
class SW: __slots__ = ('__dict__', '__weakref__')
class AS(A): __slots__ = ('x',)
class A2S(A2): __slots__ = ('x',)
class L1(list): pass
class L2(list): pass
class LS(list): __slots__ = ()
class I1(int): pass
class I2(int): pass
class D1(dict): pass
class E1(Exception): pass
class E2(Exception): pass
class V1(ValueError): pass
class T1(tuple): pass
class Str1(str): pass
class F1(float): pass
class ST1(set): pass
classes = [A, A2, A3, S1, S2, S3, S4, S5, SE, SD, SW, AS, A2S, L1, L2, LS, I1, I2, D1, E1, E2, V1, T1, Str1, F1, ST1]
out = []
for c1 in classes:
    for c2 in classes:
        if c1 is c2: continue
        try:
            o = c1()
        except Exception as e:
            print("ctor", c1.__name__, e); continue
        try:
            o.__class__ = c2
            out.append("%s->%s" % (c1.__name__, type(o).__name__))
        except TypeError as e:
            if "layout differs" not in str(e):
                print(c1.__name__, "->", c2.__name__, e)
print(len(out), out)
try:
    A().__class__ = L1
except TypeError as e:
    print(e)
for v, c in [(1, bool), (1, I1), ([], L1), (A(), int), (A(), list), (A(), object), (A(), 5), (object(), A), ("s", Str1), (1.0, F1)]:
    try:
        v.__class__ = c
        print("ok", type(v).__name__)
    except TypeError as e:
        print(repr(v)[:10], e)
