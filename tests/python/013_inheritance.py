class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def describe(self):
        return self.name + " says " + self.speak()

class Dog(Animal):
    def speak(self):
        return "Woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + "!"

class Cat(Animal):
    def __init__(self, name):
        Animal.__init__(self, name + " the cat")

    def speak(self):
        return "Meow"

for a in [Animal("x"), Dog("Rex"), Puppy("Bit", 1), Cat("Tom")]:
    print(a.describe())
p = Puppy("P", 2)
print(isinstance(p, Animal), isinstance(p, Cat), issubclass(Puppy, Animal), issubclass(Cat, Dog))
print(p.age, type(p).__name__, Puppy.__mro__[1].__name__)

class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B" + super().who()
class C(A):
    def who(self):
        return "C" + super().who()
class D(B, C):
    def who(self):
        return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
