# Starred assignment from a list: the length is checked (ValueError with
# CPython's message when there are too few items), the starred target gets
# a new list `seq[before:len - after]` (the comparison proves the stop
# non-negative), items are read before the targets are assigned. From a
# constant tuple it is done at flow time.
SIZES = (1, 2, 3, 4)


class Box:
    def __init__(self):
        self.rest = []


def split(lst, box):
    head, *box.rest, last = lst
    return head + last


def tail(lst):
    *init, z = lst
    return len(init) + z


def entry_point(argv):
    first, *middle, final = SIZES
    lst = [len(a) for a in argv]
    box = Box()
    return split(lst, box) + tail(lst) + first + len(middle) + final


def target(driver, args):
    return entry_point
