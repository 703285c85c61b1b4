class MyError(Exception):
    def __init__(self, code):
        self.code = code

def check(n):
    if n < 0:
        raise MyError(n)
    return n

def guarded(n):
    try:
        return check(n)
    except MyError:
        raise

def entry_point(argv):
    try:
        return guarded(len(argv) - 5)
    except MyError as e:
        return e.code

def target(driver, args):
    return entry_point
