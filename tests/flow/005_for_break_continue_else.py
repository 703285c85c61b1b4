def find(items, x):
    for i in items:
        if i < 0:
            continue
        if i == x:
            break
    else:
        return -1
    return x

def entry_point(argv):
    return find([1, 2, 3], len(argv))

def target(driver, args):
    return entry_point
