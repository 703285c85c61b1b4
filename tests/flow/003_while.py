def count(n):
    i = 0
    total = 0
    while i < n:
        total += i
        i += 1
    return total

def entry_point(argv):
    return count(10)

def target(driver, args):
    return entry_point
