class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def kind():
        return "temperature"
    @classmethod
    def freezing(cls):
        return cls(0)

t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 37
print(t.celsius, round(t.fahrenheit, 1))
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError")
print(Temp.kind(), t.kind(), Temp.freezing().celsius)
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
    @classmethod
    def make_many(cls, n):
        return [cls() for _ in range(n)]
cs = Counter.make_many(3)
print([c.id for c in cs], Counter.instances)
