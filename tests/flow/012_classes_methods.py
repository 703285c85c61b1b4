class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0

class Square(Shape):
    def __init__(self, side):
        Shape.__init__(self, "square")
        self.side = side
    def area(self):
        return self.side * self.side

def entry_point(argv):
    s = Square(len(argv))
    return s.area()

def target(driver, args):
    return entry_point
