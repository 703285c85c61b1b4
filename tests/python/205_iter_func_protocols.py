# interpreter gaps found by the app-level library: from-import errors,
# iterator __next__/__iter__/__length_hint__, function __get__ and
# __annotations__, assigning a class's __module__
import operator
from collections import namedtuple

try:
    from operator import missing_thing
except ImportError as e:
    print(type(e).__name__, e.name, e.path is not None)
    print(str(e).startswith("cannot import name 'missing_thing' from 'operator' ("))
try:
    from sys import nothing_here
except ImportError as e:
    print(e, e.name, e.path)

# __length_hint__ of the builtin iterators
print(operator.length_hint(iter([]), 5), operator.length_hint(iter([1, 2, 3]), 5))
print(operator.length_hint(map(str, [1]), 7), operator.length_hint([1, 2]))
it = iter(range(10))
next(it)
print(it.__length_hint__())
print(iter((1, 2)).__length_hint__(), iter("abc").__length_hint__())
print(reversed([1, 2, 3]).__length_hint__(), reversed("xyz").__length_hint__())
print(iter({1: 2, 3: 4}).__length_hint__(), iter({5, 6, 7}).__length_hint__())
print(iter({1: 2}.values()).__length_hint__(), iter({1: 2}.items()).__length_hint__())
lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.append(4)
print(it.__length_hint__())
del lst[:]
print(it.__length_hint__())
for _ in iter([1]):
    pass
it = iter([1])
list(it)
print(it.__length_hint__(), list(it))
d = {1: 1}
it = iter(d)
d[2] = 2
print(it.__length_hint__())


class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i
        raise IndexError


class SizedSeq(Seq):
    def __len__(self):
        return 4


print(iter(SizedSeq()).__length_hint__(), iter(Seq()).__length_hint__())
print(operator.length_hint(iter(Seq()), 9))
for name in ['enumerate', 'zip', 'map', 'filter']:
    print(name, hasattr(eval(name + '([])' if name in ('enumerate', 'zip')
                             else name + '(None, [])'), '__length_hint__'))

# __next__ and __iter__ as methods
it = iter([1, 2, 3])
print(it.__next__(), it.__iter__() is it, next(it), it.__next__())
try:
    it.__next__()
except StopIteration:
    print("StopIteration")
it = iter("ab")
print(it.__next__(), type(it).__next__(it))
for obj in [(1,), {7: 8}, {9}, range(2), enumerate("q"), zip("a", "b"),
            map(abs, [-3]), filter(None, [0, 5]), reversed("45")]:
    i = iter(obj)
    print(type(i).__name__, i.__next__(), i.__iter__() is i)
g = (x * 2 for x in range(3))
print(g.__next__(), g.__iter__() is g, list(g))
it = iter(int, 1)
print(it.__next__())
try:
    type(iter([])).__next__(iter(()))
except TypeError as e:
    print(e)
try:
    iter([]).__next__(1)
except TypeError as e:
    print(e)


# function __get__
def f(self, x=3):
    return (self, x)


class C:
    pass


c = C()
m = f.__get__(c)
print(m.__self__ is c, m.__func__ is f, m(4)[1], f.__get__(5)(7))
print(f.__get__(None, C) is f, f.__get__(c, C).__self__ is c)
print(hasattr(f, '__get__'), hasattr(len, '__get__'))
for args in [(), (None,), (1, 2, 3)]:
    try:
        f.__get__(*args)
    except TypeError as e:
        print(e)


# __annotations__, evaluated at def time
counter = [0]


def ann(label):
    counter[0] += 1
    return label + str(counter[0])


def g1(a: ann("a"), b: int = 2, *args: ann("s"), k: "key" = 1, **kw: dict) -> ann("r"):
    return a


print(g1.__annotations__, counter)
print(g1(1), counter)


def g2():
    pass


print(g2.__annotations__, g2.__annotations__ is g2.__annotations__)
g2.__annotations__ = {'x': 1}
print(g2.__annotations__)
try:
    g2.__annotations__ = 5
except TypeError as e:
    print(e)
g2.__annotations__ = None
print(g2.__annotations__)
print((lambda x: x).__annotations__)


def outer():
    T = list

    def inner(x: T) -> T:
        return x
    return inner


print(outer().__annotations__)


class K:
    def meth(self, other: 'K') -> bool:
        return True


print(K.meth.__annotations__)

# __module__ assignment
C.__module__ = 'somewhere'
print(C, C.__module__, repr(C))
C.__module__ = 7
print(C)
P = namedtuple('P', 'x y')
print(P, P.__module__, P(1, 2))
Q = namedtuple('Q', 'a', module='mymod')
print(Q, Q.__module__)
L = type(iter([]))
for fn in [lambda: L.__length_hint__(iter(())), lambda: iter([]).__length_hint__(1),
           lambda: L.__iter__(iter(())), lambda: iter([]).__iter__(1), lambda: L.__next__(),
           lambda: L.__length_hint__(), lambda: iter([]).__next__(k=1)]:
    try:
        fn()
    except TypeError as e:
        print(e)
