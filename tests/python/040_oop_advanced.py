class Shape:
    sides = 0
    def area(self):
        raise NotImplementedError("subclass must implement")
    def __repr__(self):
        return "%s(area=%.2f)" % (type(self).__name__, self.area())

class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

shapes = [Rect(2, 3), Square(4), Circle(1)]
print(shapes)
print(sorted(shapes, key=lambda s: s.area()))
print([s.sides for s in shapes], Square.sides, Shape.sides)
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Meta:
    def __init__(self):
        self.__dict__["x"] = 1
    def __getattr__(self, name):
        return "default_" + name
m = Meta()
print(m.x, m.anything)
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        return self
    def __str__(self):
        return f"{self.owner}: {self.balance:.2f}"
acct = Account("ann").deposit(100).deposit(50.5)
print(acct, Account.interest, acct.interest)
Account.interest = 0.05
print(acct.interest)
bound = acct.deposit
bound(1)
print(acct, type(bound).__name__)
print(Square.__bases__[0].__name__, Square.__name__, Rect.__qualname__)
