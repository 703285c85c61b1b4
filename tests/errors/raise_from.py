def entry_point(argv):
    try:
        return int(argv[0])
    except ValueError as e:
        raise KeyError("x") from e

def target(driver, args):
    return entry_point
