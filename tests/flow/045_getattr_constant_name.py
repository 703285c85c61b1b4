class P:
    def __init__(self):
        self.x = 1

def entry_point(argv):
    p = P()
    setattr(p, "x", 2)
    if hasattr(p, "x"):
        return getattr(p, "x")
    return 0

def target(driver, args):
    return entry_point
