def entry_point(argv):
    match len(argv):
        case 1:
            return 1
    return 0

def target(driver, args):
    return entry_point
