def middle(s):
    return s[1:-1]

def tail(lst):
    lst[0:1] = [9]
    del lst[1:2]
    return lst[2:]

def entry_point(argv):
    return len(middle(argv[0])) + len(tail([1, 2, 3, 4]))

def target(driver, args):
    return entry_point
