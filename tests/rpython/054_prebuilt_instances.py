"""Prebuilt instances and tables built at import time (loops, comprehensions, class hierarchy) used at run time."""


class Op(object):
    def __init__(self, name, arity, prec):
        self.name = name
        self.arity = arity
        self.prec = prec

    def apply(self, a, b):
        raise NotImplementedError


class Add(Op):
    def apply(self, a, b):
        return a + b


class Mul(Op):
    def apply(self, a, b):
        return a * b


class Sub(Op):
    def apply(self, a, b):
        return a - b


OPS = [Add("add", 2, 1), Sub("sub", 2, 1), Mul("mul", 2, 2)]
OPS_BY_NAME = {}
for _op in OPS:
    OPS_BY_NAME[_op.name] = _op

SQUARES = [i * i for i in range(20)]
PRIMES = [p for p in range(2, 60) if all(p % d != 0 for d in range(2, p))]
NAMES = {v: k for k, v in {"one": 1, "two": 2, "three": 3}.items()}
HEX = "".join(["%x" % i for i in range(16)])
DEFAULT = Add("default", 2, 0)


def entry_point(argv):
    for name in ["add", "mul", "sub", "div"]:
        op = OPS_BY_NAME.get(name, DEFAULT)
        print(name, "->", op.name, op.apply(7, 3), op.prec)
    print("squares:", " ".join([str(x) for x in SQUARES]))
    print("primes:", " ".join([str(x) for x in PRIMES]))
    print("names:", NAMES[1], NAMES[2], NAMES[3], len(NAMES))
    print("hex digits:", HEX, HEX[10])
    acc = 0
    for op in OPS:
        acc = op.apply(acc, 5)
    print("acc:", acc)
    print("identity:", OPS[0] is OPS_BY_NAME["add"])
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
