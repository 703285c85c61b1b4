# Generator features RPython does not support: each is a located error.
def send_like(n):
    x = yield n
    yield x


def delegate(n):
    yield from range(n)


def returns_value(n):
    yield n
    return n + 1


def with_cleanup(n):
    try:
        yield n
    finally:
        print("done")


def entry_point(argv):
    for x in send_like(3):
        print(x)
    for x in delegate(3):
        print(x)
    for x in returns_value(3):
        print(x)
    for x in with_cleanup(3):
        print(x)
    return 0


def target(driver, args):
    return entry_point
