from rpython.rlib.objectmodel import specialize


class Apple:
    NAME = "apple"


class Banana:
    NAME = "banana"


@specialize.memo()
def describe_class(cls):
    return "class " + cls.NAME


def pick_class(flag):  # reveal: (bool) -> <class Apple> | <class Banana>
    if flag:
        return Apple
    return Banana


def name_of(flag):  # reveal: (bool) -> str
    return describe_class(pick_class(flag))


def entry_point(argv):  # reveal: (list[str]) -> int
    return len(name_of(len(argv) > 1)) - 7


def target(driver, args):
    return entry_point
