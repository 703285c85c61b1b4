class Base:
    def __init__(self, x):
        self.x = x

class Child(Base):
    def __init__(self, x):
        super().__init__(x + 1)

def entry_point(argv):
    return Child(2).x

def target(driver, args):
    return entry_point
