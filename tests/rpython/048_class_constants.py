"""Class attributes used as constants, overridden in subclasses, read via instances and classes."""


class Animal(object):
    SOUND = "..."
    LEGS = 4
    KIND = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "%s the %s says %s" % (self.name, self.KIND, self.SOUND)

    def legs(self):
        return self.LEGS


class Dog(Animal):
    SOUND = "woof"
    KIND = "dog"


class Bird(Animal):
    SOUND = "tweet"
    KIND = "bird"
    LEGS = 2


class Parrot(Bird):
    KIND = "parrot"

    def speak(self):
        return Bird.speak(self) + " (and repeats it)"


class Config(object):
    MAX_ITEMS = 5
    NAMES = ["zero", "one", "two", "three", "four"]
    SCALE = 1.5


def entry_point(argv):
    zoo = [Animal("generic"), Dog("rex"), Bird("tweety"), Parrot("polly")]
    legs = 0
    for a in zoo:
        print(a.speak(), "/ legs:", a.legs())
        legs += a.legs()
    print("total legs:", legs)
    print("class access:", Dog.SOUND, Bird.LEGS, Parrot.SOUND, Animal.KIND)
    for i in range(Config.MAX_ITEMS):
        print(i, Config.NAMES[i], i * Config.SCALE)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
