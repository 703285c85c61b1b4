import math
import time


def hypot(x, y):  # reveal: (float, float) -> float
    return math.sqrt(x * x + y * y)


def trig(a):  # reveal: (float) -> float
    return math.sin(a) + math.cos(a) * math.pi


def log_ratio(x):  # reveal: (float) -> float
    return math.log(x + 1.0) / math.exp(x)


def is_bad(x):  # reveal: (float) -> bool
    return math.isnan(x) or math.isinf(x)


def elapsed(start):  # reveal: (float) -> float
    return time.time() - start


def entry_point(argv):  # reveal: (list[str]) -> int
    start = time.time()
    x = len(argv) * 3.0
    y = hypot(x, x + 4.0) + trig(x) + log_ratio(x)
    if is_bad(y):
        return -1
    return int(y) + int(elapsed(start))


def target(driver, args):
    return entry_point
