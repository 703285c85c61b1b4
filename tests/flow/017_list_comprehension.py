def squares(n):
    return [i * i for i in range(n) if i % 2 == 0]

def entry_point(argv):
    return len(squares(len(argv)))

def target(driver, args):
    return entry_point
