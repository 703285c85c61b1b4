# error: attribute 'verbose' of Config is read here but no instance of Config (or of a subclass) ever sets it
# at: "return c.verbose"
# provenance: "class Config:" (the class; its attributes are only set in __init__)


class Config:
    def __init__(self, name):
        self.name = name


def entry_point(argv):
    c = Config(argv[0])
    if len(argv) > 3:
        return c.verbose
    return len(c.name)


def target(driver, args):
    return entry_point
