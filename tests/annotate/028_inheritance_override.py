class Shape:
    def __init__(self, name):  # reveal: (Shape, str) -> None
        self.name = name

    def area(self):  # reveal: (Shape) -> float
        return len(self.name) * 0.5

    def describe(self):  # reveal: (Shape) -> str
        return self.name + " " + str(self.area())


class Square(Shape):
    def __init__(self, side):  # reveal: (Square, float) -> None
        Shape.__init__(self, "square")
        self.side = side

    def area(self):  # reveal: (Square) -> float
        return self.side * self.side


class Circle(Shape):
    def __init__(self, r):  # reveal: (Circle, float) -> None
        Shape.__init__(self, "circle")
        self.r = r

    def area(self):  # reveal: (Circle) -> float
        return 3.14159 * self.r * self.r


def total_area(shapes):  # reveal: (list[Shape]) -> float
    t = 0.0
    for s in shapes:
        t += s.area()
    return t


def entry_point(argv):  # reveal: (list[str]) -> int
    x = len(argv) * 1.5
    shapes = [Square(x), Circle(x + 1.0), Shape(argv[0])]
    r = 0
    for s in shapes:
        r += len(s.describe())
    return int(total_area(shapes)) - r


def target(driver, args):
    return entry_point
