def g(x):
    if x == 0:
        raise KeyError(x)
    return x

def f(x):
    try:
        r = g(x)
    except KeyError as e:
        r = -1
    except (ValueError, IndexError):
        r = -2
    else:
        r = r * 2
    finally:
        x = 0
    return r

def entry_point(argv):
    return f(len(argv))

def target(driver, args):
    return entry_point
