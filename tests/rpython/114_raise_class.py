"""`raise C` with a class (no instance written): caught by the class, by a
base class and uncaught; a handler using a variable computed before an
allocation in the protected region."""


class AppError(Exception):
    pass


class Missing(AppError):
    pass


class Box(object):
    def __init__(self, n):
        self.n = n


def check(n):
    if n == 1:
        raise ValueError
    if n == 2:
        raise Missing
    if n == 3:
        raise KeyError
    return n * 10


def work(b):
    return check(b.n)


def entry_point(argv):
    label = "run"
    for i in range(5):
        name = label + str(i)
        try:
            r = work(Box(i))
            print(name, r)
        except ValueError:
            print(name, "ValueError")
        except AppError:
            print(name, "AppError")
        except KeyError:
            print(name, "KeyError")
    check(len(argv) + 1)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
