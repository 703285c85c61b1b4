"""Inheritance with method overriding, explicit Base.method(self) calls, super().__init__, and isinstance."""


class Shape(object):
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def describe(self):
        return "%s with area %.2f" % (self.name, self.area())

    def kind(self):
        return "shape"


class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def kind(self):
        return "rect/" + Shape.kind(self)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def kind(self):
        return "square/" + Rect.kind(self)


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r


def entry_point(argv):
    shapes = [Shape("blob"), Rect(2.0, 3.5), Square(4.0), Circle(1.5)]
    total = 0.0
    for s in shapes:
        print(s.describe(), "|", s.kind())
        total += s.area()
        if isinstance(s, Rect):
            print("   rect sides:", s.w, s.h)
        if isinstance(s, Square):
            print("   is a square")
        if isinstance(s, Circle):
            print("   radius:", s.r)
    print("total area: %.3f" % total)
    n_rect = 0
    for s in shapes:
        if isinstance(s, Rect):
            n_rect += 1
    print("rect-like:", n_rect, "square is shape:", isinstance(shapes[2], Shape))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
