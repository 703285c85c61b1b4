counter = 0

def entry_point(argv):
    global counter
    counter = counter + 1
    return counter

def target(driver, args):
    return entry_point
