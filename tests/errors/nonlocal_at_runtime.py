def entry_point(argv):
    n = 0
    def inc():
        nonlocal n
        n += 1
    inc()
    return n

def target(driver, args):
    return entry_point
