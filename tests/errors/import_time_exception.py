TABLE = {"a": 1}
VALUE = TABLE["b"]

def entry_point(argv):
    return VALUE

def target(driver, args):
    return entry_point
