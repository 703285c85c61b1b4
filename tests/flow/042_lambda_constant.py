TABLE = {"inc": lambda x: x + 1, "dec": lambda x: x - 1}
INC = TABLE["inc"]

def entry_point(argv):
    return INC(len(argv))

def target(driver, args):
    return entry_point
