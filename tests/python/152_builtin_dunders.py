"""Special methods of the builtin types called directly, looked up on the
type, and used through super() and unbound calls."""

print((5).__add__(3), (5).__radd__(3), (5).__sub__(7), (7).__rsub__(10))
print((6).__mul__(7), (7).__floordiv__(2), (7).__mod__(3), (2).__pow__(10))
print((5).__truediv__(2), (6).__lshift__(2), (6).__and__(3), (6).__or__(1))
print((5).__add__("x"), (5).__eq__(5), (5).__ne__(5), (3).__lt__(4), (3).__ge__(4))
print((-4).__neg__(), (4).__invert__(), (5).__pos__(), (0).__bool__(), (7).__hash__())
print((2.5).__mul__(2), (2.5).__add__(1), (1.5).__radd__(1), (2.0).__eq__(2))
print(True.__and__(False), True.__or__(False), int.__add__(True, 1), (True).__repr__())
print("a".__len__(), "ab".__add__("c"), "x".__mul__(3), "abc".__contains__("b"))
print("abc".__getitem__(1), "abc".__getitem__(slice(1, None)), "q".__repr__(), "q".__str__())
print("a".__eq__("a"), "a".__lt__("b"), "a".__eq__(1), "%s-%s".__mod__((1, 2)))
print([1, 2].__len__(), [1, 2].__getitem__(1), [1].__add__([2]), [1, 2].__contains__(3))
lst = [1, 2, 3]
lst.__setitem__(0, 10)
lst.__delitem__(1)
lst.__iadd__([4])
print(lst, lst.__repr__(), lst.__eq__([10, 3, 4]), lst.__mul__(2))
print((1, 2).__len__(), (1, 2).__add__((3,)), (1, 2).__hash__() == hash((1, 2)))
d = {"a": 1}
d.__setitem__("b", 2)
print(d.__getitem__("b"), d.__len__(), d.__contains__("a"), d.__or__({"c": 3}))
d.__delitem__("a")
print(d, {1, 2}.__or__({3}), {1, 2}.__and__({2}), {1, 2}.__sub__({1}), {1}.__len__())
print(range(10).__len__(), range(10).__getitem__(3), range(10).__contains__(4))
it = [7, 8].__iter__()
print(next(it), next(it), list("ab".__iter__()), format(255, "x"), (255).__format__("08b"))
print(int.__repr__(42), str.__repr__("hi"), list.__repr__([1]), dict.__len__({1: 2}))
print(sorted(["b", "a"], key=str.__len__), list(map(int.__neg__, [1, 2])))
print(hasattr(1, "__add__"), hasattr("", "__len__"), hasattr([], "__iter__"))
print(list.__hash__ is None, dict.__hash__ is None, hasattr(3, "__len__"))
add = (10).__add__
print(add(5), add(6), callable(add))
for call in [lambda: int.__add__("a", 1), lambda: list.__len__((1,)),
             lambda: (1).__add__(), lambda: "a".__len__(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class Vec(list):
    def __add__(self, other):
        return Vec([a + b for a, b in zip(self, other)])

    def __getitem__(self, i):
        return list.__getitem__(self, i) * 2


v = Vec([1, 2]) + Vec([10, 20])
print(v, v[0], list.__getitem__(v, 0), len(v), type(v).__name__)
a = {1, 2}
alias = a
a |= {3}
a -= {1}
print(alias, a is alias)
dd = {1: 2}
dalias = dd
dd |= {3: 4}
print(dalias, dd is dalias)
