# error: variable 'thing' can be a Cat or a Car, and these classes have no common base class
# at: "return len(thing.name)"
# provenance: "thing = Cat(argv[0])" (Cat); "thing = Car(argv[0])" (Car)


class Cat:
    def __init__(self, name):
        self.name = name


class Car:
    def __init__(self, name):
        self.name = name


def pick(argv):
    if len(argv) > 2:
        thing = Cat(argv[0])
    else:
        thing = Car(argv[0])
    return len(thing.name)


def entry_point(argv):
    return pick(argv)


def target(driver, args):
    return entry_point
