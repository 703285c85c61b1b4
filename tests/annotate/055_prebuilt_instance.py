class State:
    def __init__(self):
        self.count = 0
        self.name = ""
        self.history = []


STATE = State()


def record(n, label):  # reveal: (int, str) -> None
    STATE.count += n
    STATE.name = label
    STATE.history.append(n)


def current():  # reveal: () -> int
    return STATE.count


def last_name():  # reveal: () -> str
    return STATE.name


def history_size():  # reveal: () -> int(nonneg)
    return len(STATE.history)


def entry_point(argv):  # reveal: (list[str]) -> int
    record(len(argv) - 3, argv[0])
    record(len(argv) * 2, "second")
    return current() + len(last_name()) + history_size()


def target(driver, args):
    return entry_point
