def first_power(n):
    p = 1
    while True:
        if p >= n:
            break
        p *= 2
    return p

def entry_point(argv):
    return first_power(len(argv) * 100)

def target(driver, args):
    return entry_point
