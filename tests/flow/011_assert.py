def half(n):
    assert n % 2 == 0, "odd"
    return n // 2

def entry_point(argv):
    assert len(argv) > 0
    return half(len(argv) * 2)

def target(driver, args):
    return entry_point
