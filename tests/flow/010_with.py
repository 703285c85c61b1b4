class Resource:
    def __init__(self):
        self.open = False
    def __enter__(self):
        self.open = True
        return self
    def __exit__(self, t, v, tb):
        self.open = False

def entry_point(argv):
    with Resource() as r:
        n = len(argv)
    return n

def target(driver, args):
    return entry_point
