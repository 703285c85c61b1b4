H = hash("abc")

def entry_point(argv):
    return H

def target(driver, args):
    return entry_point
