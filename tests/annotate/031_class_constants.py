class Color:
    RED = 1
    GREEN = 2
    NAMES = ["none", "red", "green"]

    def __init__(self, code):  # reveal: (Color, int) -> None
        self.code = code

    def name(self):  # reveal: (Color) -> str
        return Color.NAMES[self.code]

    def is_red(self):  # reveal: (Color) -> bool
        return self.code == Color.RED

    @staticmethod
    def lookup(s):  # reveal: (str) -> int
        for i in range(len(Color.NAMES)):
            if Color.NAMES[i] == s:
                return i
        return -1


class Limits:
    LIMIT = 10

    def over(self, n):  # reveal: (Limits, int) -> bool
        return n > self.LIMIT


def entry_point(argv):  # reveal: (list[str]) -> int
    c = Color(2 - len(argv))
    g = Color(Color.GREEN)
    r = Color.lookup(c.name()) + Color.lookup(argv[0])
    if c.is_red() or g.is_red():
        r += 1
    if Limits().over(len(argv) - 5):
        r += 2
    return r


def target(driver, args):
    return entry_point
