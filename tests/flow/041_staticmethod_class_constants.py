class Color:
    RED = 1
    GREEN = 2

    @staticmethod
    def name(c):
        if c == Color.RED:
            return "red"
        return "green"

def entry_point(argv):
    print(Color.name(Color.GREEN))
    return Color.RED

def target(driver, args):
    return entry_point
