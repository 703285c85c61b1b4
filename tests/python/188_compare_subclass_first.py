# rich comparisons: the right operand's method first when its type is a
# proper subclass of the left one's (str/int subclasses, user classes),
# also inside dict lookups and list searches
class K(str):
    def __eq__(self, other):
        print("K.__eq__", other)
        return True
    __hash__ = str.__hash__
class A:
    def __lt__(self, o):
        print("A.__lt__"); return NotImplemented
    def __gt__(self, o):
        print("A.__gt__"); return NotImplemented
class B(A):
    pass
class C(A):
    def __gt__(self, o):
        print("C.__gt__"); return True
class N(int):
    def __gt__(self, o):
        print("N.__gt__"); return NotImplemented
print("ab" == K("zz"), "ab" != K("zz"))
print(K("zz") in ["ab"], ["ab"].count(K("zz")))
try:
    A() < B()
except TypeError as e:
    print(e)
print(A() < C())
print(1 < N(5), 1 < N(0))
d = {"ab": 1}
print(d.get(K("ab")))
