def safe_div(items, d):
    out = []
    for x in items:
        try:
            out.append(x // d)
        except ZeroDivisionError:
            out.append(0)
            continue
    return out

def entry_point(argv):
    return len(safe_div([1, 2, 3], len(argv) - 1))

def target(driver, args):
    return entry_point
