def gen(n):
    yield n

def entry_point(argv):
    for x in gen(3):
        pass
    return 0

def target(driver, args):
    return entry_point
