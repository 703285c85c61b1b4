def entry_point(argv):
    if len(argv) > 1:
        x = 1
    return x

def target(driver, args):
    return entry_point
