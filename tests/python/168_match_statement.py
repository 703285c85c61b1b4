"""The match statement: literal, capture, wildcard, value, or, as,
sequence (with star), mapping (with **rest), class patterns (with
__match_args__ and keyword attributes, builtin types matching
themselves), guards, `match` still usable as a name, and the errors of
class patterns."""

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(v):
    match v:
        case 0 | 1:
            return "small int"
        case -5:
            return "minus five"
        case None:
            return "none"
        case True:
            return "true"
        case "hello":
            return "greeting"
        case [x]:
            return f"one item {x}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {"type": t, **others}:
            return f"shape {t} {others}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(xx, yy) if xx == yy:
            return f"diagonal {xx}"
        case Point() as p:
            return f"point {p.x},{p.y}"
        case int(n) if n > 100:
            return f"big {n}"
        case str() | bytes():
            return "text"
        case float(f):
            return f"float {f}"
        case _:
            return "other"

for v in [0, 1, -5, None, True, "hello", [7], [1, 2, 3], (4, 5, 6), [9, 8, 7, 6], {"type": "circle", "r": 2},
          {"type": "sq", "side": 3, "c": 1}, Point(0, 0), Point(0, 4), Point(3, 3), Point(1, 2), 500, 50, "x", b"y", 2.5, {1, 2}, "abc", (1,)]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))

match = 3          # match is still a name
print(match)
cmd = "go north"
match cmd.split():
    case ["go", direction]:
        print("going", direction)
    case ["quit"]:
        print("bye")
def f(command):
    match command:
        case {"action": "move", "to": (x, y)}:
            return x + y
        case _:
            return None
print(f({"action": "move", "to": (1, 2)}), f({}))
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
