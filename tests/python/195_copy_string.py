# copy and string (app-level library modules)
import copy
import string
from collections import namedtuple, defaultdict, deque, Counter, OrderedDict


def show_error(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


nested = [1, [2, 3], {"k": [4]}, (5, [6])]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append(99)
nested[2]["k"].append(98)
nested[3][1].append(97)
print(shallow, deep, shallow[1] is nested[1], deep[1] is nested[1])
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
s = {1, 2}
print(copy.copy(s), copy.copy(s) is s, copy.deepcopy({"a": {1}}), copy.copy(frozenset([1])))
print(copy.copy(5), copy.deepcopy("str"), copy.copy(None), copy.deepcopy(len) is len)

cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is not cyc, len(cc))
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = []

    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.tags)


p = Point(1, 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append("moved")
print(p2, p3, p2.tags is p.tags, type(p3).__name__)


class Tracked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Tracked(self.v + 1)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Tracked(self.v + 100)


print(copy.copy(Tracked(1)).v, copy.deepcopy([Tracked(1)])[0].v)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = "b"


sl = copy.deepcopy(Slotted())
print(sl.a, sl.b)


class WithState:
    def __init__(self):
        self.data = 1
        self.cache = "big"

    def __getstate__(self):
        return {"data": self.data}

    def __setstate__(self, state):
        self.data = state["data"]
        self.cache = None


ws = copy.copy(WithState())
print(ws.data, ws.cache)

P = namedtuple("P", "x y")
np_ = copy.deepcopy(P(1, [2]))
print(np_, type(np_).__name__, copy.copy(P(3, 4)))
dd = defaultdict(list, a=[1])
dd2 = copy.deepcopy(dd)
dd2["a"].append(2)
dd2["b"].append(3)
print(dd, dd2, copy.copy(deque([1, 2], maxlen=5)), copy.deepcopy(Counter("aab")))
print(copy.deepcopy(OrderedDict(a=[1])))


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.attr = "hi"
mc = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.attr, mc[1] is not ml[1])
print(copy.Error, issubclass(copy.Error, Exception))

# string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable), repr(string.printable[-10:]))
print(string.capwords("hello  world, this is   python"), string.capwords("a-b-c", "-"))
print(string.capwords(" leading and trailing "), repr(string.capwords("")))
tpl = string.Template("$who likes ${what}, costs $$5")
print(tpl.substitute(who="tim", what="kung pao"), tpl.substitute({"who": "ann", "what": "tea"}))
print(string.Template("$a and $b").safe_substitute(a=1))
show_error(lambda: string.Template("$who").substitute())
show_error(lambda: string.Template("abc $").substitute())
print(all(ch in string.printable for ch in "Hello, World!\n"))
