# passes: loads
# Loads across calls: a callee that writes the field forces a reload; one
# that writes another field (or nothing) does not; the typeptr (immutable)
# survives any call; a helper given a list may write anything mutable.


class A(object):
    def __init__(self, v):
        self.v = v
        self.w = 0

    def get(self):
        return self.v


class B(A):
    def get(self):
        return self.v + 1


def bump_v(a):
    a.v += 1


def bump_w(a):
    a.w += 1


def pure(x):
    return x * 2


def across(a):
    x = a.v
    bump_w(a)
    y = a.v
    pure(y)
    z = a.v
    bump_v(a)
    return x + y + z + a.v


def typeptr(a, l):
    r = a.get()
    l.append(r)
    return r + a.get() + a.v


def entry_point(argv):
    a = A(len(argv))
    b = B(2)
    print(across(a), typeptr(a, []), typeptr(b, []), a.w)
    return 0


def target(driver, args):
    return entry_point
