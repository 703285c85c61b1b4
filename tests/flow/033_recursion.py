def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def entry_point(argv):
    return fib(len(argv) + 10)

def target(driver, args):
    return entry_point
