# passes: switches
# Chars (`str` items) and `!=` tests chain too; a repeated constant can
# never match the second time and is dropped.


def classify(c):
    if c == '+':
        return 1
    elif c != '-':
        if c == '<':
            return 3
        elif c == '+':
            return 4
        elif c == '>':
            return 5
        return 0
    return 2


def entry_point(argv):
    s = "+-<>x"
    t = 0
    for c in s:
        t = t * 10 + classify(c)
    print(t)
    return 0


def target(driver, args):
    return entry_point
