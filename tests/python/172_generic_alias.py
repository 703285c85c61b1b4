"""Subscripted classes: list[int], dict[str, list[float]]... (GenericAlias:
repr, equality, __origin__/__args__, calling it) in type hints and type
aliases, __class_getitem__, and the errors for other classes."""

x: list[int] = [1]
def f(a: dict[str, int], b: "tuple[int, ...]" = ()) -> list[str]:
    return list(a)
print(f({"k": 1}), x)
Vector = list[float]
Matrix = dict[str, list[tuple[int, ...]]]
print(Vector, Matrix, repr(set[frozenset[bytes]]), type[int], tuple[()], list[None])
print(Vector([1.5]), Vector() == [], type(Vector([2.0])).__name__)
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Box[int])
try:
    int[str]
except TypeError as e:
    print(e)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
print(list[int] == list[int], list[int].__origin__ is list, list[int].__args__)
class Node:
    pass
print(list[Node], dict[str, "Node"])
