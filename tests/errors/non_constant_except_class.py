def entry_point(argv):
    cls = ValueError
    if len(argv) > 2:
        cls = KeyError
    try:
        return int(argv[0])
    except cls:
        return 0

def target(driver, args):
    return entry_point
