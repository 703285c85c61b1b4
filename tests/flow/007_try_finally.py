class State:
    def __init__(self):
        self.depth = 0

state = State()

def work(n):
    state.depth += 1
    try:
        if n > 3:
            return n
        return 0
    finally:
        state.depth -= 1

def entry_point(argv):
    return work(len(argv))

def target(driver, args):
    return entry_point
