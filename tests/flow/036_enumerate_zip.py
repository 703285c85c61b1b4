def dot(a, b):
    s = 0
    for x, y in zip(a, b):
        s += x * y
    for i, x in enumerate(a):
        s += i
    return s

def entry_point(argv):
    return dot([1, 2], [3, 4])

def target(driver, args):
    return entry_point
