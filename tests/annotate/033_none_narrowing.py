class Box:
    def __init__(self, value):  # reveal: (Box, int) -> None
        self.value = value


def find(boxes, target):  # reveal: (list[Box], int) -> Box | None
    for b in boxes:
        if b.value == target:
            return b
    return None


def value_or(b, default):  # reveal: (Box | None, int) -> int
    if b is None:
        return default
    return b.value


def or_fallback(b, fallback):  # reveal: (Box | None, Box) -> Box
    if b:
        return b
    return fallback


def must(b):  # reveal: (Box | None) -> Box
    assert b is not None
    return b


def get_value(b):  # reveal: (Box) -> int
    return b.value


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv) - 3
    boxes = [Box(n), Box(n * 2), Box(5 - n)]
    hit = find(boxes, n)
    miss = find(boxes, n + 100)
    r = value_or(miss, n - 1) + value_or(hit, 0)
    r += get_value(or_fallback(miss, boxes[0]))
    r += get_value(must(hit))
    return r


def target(driver, args):
    return entry_point
