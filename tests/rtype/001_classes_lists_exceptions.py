class Shape(object):
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0.0

class Square(Shape):
    def __init__(self, side):
        Shape.__init__(self, "square")
        self.side = side
    def area(self):
        return self.side * self.side

class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r * self.r

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def entry_point(argv):
    shapes = [Square(2.0), Circle(1.0)]
    total = 0.0
    for s in shapes:
        total += s.area()
        print(s.name, s.area())
    print("total", total)
    lst = []
    for i in range(10):
        lst.append(i * i)
    print("fib", fib(20), len(lst), lst[3], lst[-1])
    try:
        x = lst[100]
    except IndexError:
        print("caught")
    return 0

def target(driver, args):
    return entry_point
