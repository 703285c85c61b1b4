"""Augmented assignment when the right operand is an instance of a subclass
of the left operand's class overriding the reflected method (user classes
and builtin subclasses), and the NotImplemented results of the builtin
types' special methods called directly."""

class A:
    def __add__(self, o): return "A.add"
    def __iadd__(self, o): return NotImplemented
    def __radd__(self, o): return "A.radd"
class B(A):
    def __radd__(self, o): return "B.radd"
    def __rpow__(self, o): return "B.rpow"
    def __rlshift__(self, o): return "B.rlshift"
    def __rmatmul__(self, o): return "B.rmatmul"
x = A(); x += B(); print(x)
x = A(); x **= B(); print(x)
x = A(); x <<= B(); print(x)
x = A(); x @= B(); print(x)
class I(int):
    def __radd__(self, o): return "I.radd %r" % (o,)
    def __rsub__(self, o): return "I.rsub"
    def __rmul__(self, o): return "I.rmul"
    def __rtruediv__(self, o): return "I.rtruediv"
    def __rfloordiv__(self, o): return "I.rfloordiv"
    def __rmod__(self, o): return "I.rmod"
    def __rpow__(self, o): return "I.rpow"
    def __rlshift__(self, o): return "I.rlshift"
    def __rrshift__(self, o): return "I.rrshift"
    def __rand__(self, o): return "I.rand"
    def __ror__(self, o): return "I.ror"
    def __rxor__(self, o): return "I.rxor"
for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    ns = {"I": I}
    exec("x = 5\nx %s I(3)" % op, ns)
    print(op, ns["x"])
y = 5
y += I(2)
print(y)
class L(list):
    def __radd__(self, o): return "L.radd"
z = [1]
z += L([2])
print(z)
print([1] + L([2]))
class F(float):
    def __rmul__(self, o): return "F.rmul"
f = 2.0
f *= F(3)
print(f)
class S(str):
    def __radd__(self, o): return "S.radd"
s = "a"; s += S("b"); print(s)
class T(tuple):
    def __radd__(self, o): return "T.radd"
t = (1,); t += T((2,)); print(t)
try:
    q = 1
    q += "a"
except TypeError as e:
    print(e)

# ---- builtin special methods returning NotImplemented (or raising)
tests = [
 "int.__lt__(1, 2.5)", "int.__eq__(1, 'a')", "int.__eq__(1, 1.0)", "int.__add__(1, 2.5)",
 "float.__add__(1.0, 'x')", "float.__add__(1.0, 2)", "float.__lt__(1.0, 2)", "float.__eq__(1.0, 'a')",
 "str.__lt__('a', 1)", "str.__eq__('a', 1)", "str.__add__('a', 'b')", "str.__mul__('a', 'b')", "str.__mod__('a%s', 1)",
 "(5).__add__(2.5)", "(5).__radd__(2.5)", "(5).__mul__('a')", "(5).__lt__(6)", "(5).__ne__(None)",
 "list.__eq__([], ())", "list.__lt__([], ())", "list.__add__([], ())", "list.__mul__([1], 2.0)", "list.__eq__([], [])",
 "tuple.__eq__((), [])", "tuple.__add__((), [])", "tuple.__lt__((1,), (2,))",
 "dict.__eq__({}, [])", "dict.__or__({}, [])", "dict.__lt__({}, {})",
 "set.__eq__(set(), [])", "set.__or__(set(), [])", "set.__le__(set(), [])", "frozenset.__sub__(frozenset(), 1)",
 "bytes.__eq__(b'', '')", "bytes.__add__(b'', '')", "bytes.__lt__(b'', 1)",
 "(1.5).__truediv__(0)", "(1).__truediv__(0)", "(2).__pow__(0.5)", "(2).__lshift__(1.0)",
 "int.__eq__(True, 1)", "bool.__and__(True, 1)", "bool.__and__(True, 1.0)",
 "1 < 2.5", "1 == 'a'", "'a' < 'b'", "[] == ()", "(5).__rsub__(7)", "int.__rtruediv__(2, 1)",
 "float.__rsub__(1.0, 3)", "float.__mod__(5.0, 'a')", "float.__pow__(2.0, 'a')", "int.__pow__(2, 'a')",
 "str.__rmod__('a', 3)", "str.__contains__('abc', 'b')", "range.__eq__(range(3), [])",
]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)

for e in ['str.__add__("a", 1)', 'tuple.__add__((), 1)', 'list.__add__([], 1)',
          'list.__iadd__([], 1)', 'list.__imul__([], "a")',
          'bytearray.__add__(bytearray(), "")', 'bytes.__mul__(b"", "")',
          'bytearray.__iadd__(bytearray(), "")', 'str.__rmul__("a", 2.0)',
          'tuple.__mul__((), 1.0)', 'bytes.__add__(b"", 1)',
          'bytearray.__imul__(bytearray(), 1.0)']:
    try:
        print(e, repr(eval(e)))
    except Exception as x:
        print(e, type(x).__name__, x)


class MyInt(int):
    def __lt__(self, other):
        r = super().__lt__(other)
        print("super().__lt__ ->", r)
        return r

print(MyInt(1) < 2, MyInt(1) < 0.5)
x = [1]
x += (2, 3)
x *= 2
print(x)
n = 3
n **= 2
n <<= 1
print(n)
