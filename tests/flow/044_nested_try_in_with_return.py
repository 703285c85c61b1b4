class Lock:
    def __init__(self):
        self.held = 0
    def __enter__(self):
        self.held += 1
    def __exit__(self, a, b, c):
        self.held -= 1

lock = Lock()

def f(x):
    with lock:
        try:
            if x:
                return 1
        finally:
            lock.held += 0
    return 0

def entry_point(argv):
    return f(len(argv))

def target(driver, args):
    return entry_point
