# passes: switches
# Chains stop at a test that is not `x == C` on the same variable (a range
# test, another variable) or at a block with other ops; a chain of one test
# stays a plain branch.


def f(x, y):
    if x == 1:
        return 10
    elif x == 2:
        return 20
    elif x > 5:
        return 30
    elif x == 3:
        return 40
    elif y == 4:
        return 50
    elif x == 4:
        return 60
    return 0


def g(x):
    if x == 1:
        return 1
    x += 1
    if x == 5:
        return 2
    elif x == 6:
        return 3
    return 4


def entry_point(argv):
    n = len(argv)
    print(f(n, n + 3), g(n))
    return 0


def target(driver, args):
    return entry_point
