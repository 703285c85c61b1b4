# operator and functools (app-level library modules)
import operator
from operator import itemgetter, attrgetter, methodcaller
import functools
from functools import reduce, partial, wraps, lru_cache, total_ordering


def show_error(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 5),
      operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3),
      operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 1),
      operator.gt(1, 2), operator.ge(3, 2), operator.not_(0), operator.truth([]))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10),
      operator.invert(5), operator.inv(0), operator.lshift(1, 4), operator.rshift(64, 2))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2),
      operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abc", "c"),
      operator.concat([1], [2]), operator.getitem("hello", 1))
l = [1, 2, 3]
operator.setitem(l, 0, 9)
operator.delitem(l, 1)
print(l, operator.iadd(l, [7]), l, operator.index(42), operator.length_hint([1, 2]),
      operator.length_hint(object(), 5))


class Hinted:
    def __length_hint__(self):
        return 7


print(operator.length_hint(Hinted()))
print(operator.__add__(1, 1), operator.call(max, 3, 8))
show_error(lambda: operator.index(1.5))
show_error(lambda: operator.concat(1, 2))
show_error(lambda: operator.indexOf([1], 5))

pairs = [("b", 2, 9), ("a", 3, 1), ("c", 1, 5)]
print(sorted(pairs, key=itemgetter(1)), itemgetter(0, 2)(pairs[0]))
print(itemgetter(1), itemgetter("a", 2), attrgetter("x", "y.z"))


class Greeter:
    def greet(self, name, punct="."):
        return "hello " + name + punct


print(methodcaller("greet", "bob", punct="!"), methodcaller("upper")("abc"),
      methodcaller("greet", "bob", punct="!")(Greeter()), methodcaller("split", ",")("a,b"))


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child


n = Node("root", Node("leaf"))
print(attrgetter("name")(n), attrgetter("child.name")(n), attrgetter("name", "child.name")(n))
show_error(lambda: attrgetter("missing")(n))
show_error(lambda: attrgetter(1))
show_error(lambda: itemgetter())
show_error(lambda: methodcaller())
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))

# functools
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10),
      reduce(operator.add, [], 0))
show_error(lambda: reduce(operator.add, []))

base2 = partial(int, base=2)
print(base2("1011"), base2, partial(max, 1, 2))
p = partial(partial(pow, 2), 5)
print(p(), p.func is pow, p.args, p.keywords)
show_error(lambda: partial(3))


def deco(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return f(*args, **kwargs) * 2
    return wrapper


@deco
def double_me(x):
    """Returns x."""
    return x


print(double_me(21), double_me.__name__, double_me.__doc__, double_me.__wrapped__(4))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x


for v in [1, 2, 1, 3, 2, 1]:
    square(v)
print(square.cache_info(), square.cache_parameters())


@lru_cache
def plain(x, y=1):
    return x + y


print(plain(1), plain(1), plain(1, y=1), plain.cache_info())
show_error(lambda: plain([1]))
show_error(lambda: lru_cache("x"))


@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(fact(20), fact.cache_info().misses)


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


a, b = Version(1), Version(2)
print(a < b, a > b, a <= b, a >= b, b >= a, a <= Version(1))
show_error(lambda: total_ordering(type("Empty", (), {})))


def compare_len(x, y):
    return len(x) - len(y)


print(sorted(["ccc", "a", "bb", "dddd"], key=functools.cmp_to_key(compare_len)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda x, y: y - x)))


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
