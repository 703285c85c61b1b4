"""Polymorphic method calls through a base-class variable; abstract base raising NotImplementedError."""


class Expr(object):
    def eval(self, env):
        raise NotImplementedError

    def show(self):
        raise NotImplementedError


class Num(Expr):
    def __init__(self, v):
        self.v = v

    def eval(self, env):
        return self.v

    def show(self):
        return str(self.v)


class Var(Expr):
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env.get(self.name, 0)

    def show(self):
        return self.name


class BinOp(Expr):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env):
        a = self.left.eval(env)
        b = self.right.eval(env)
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        if self.op == "*":
            return a * b
        return a // b

    def show(self):
        return "(" + self.left.show() + " " + self.op + " " + self.right.show() + ")"


class Neg(Expr):
    def __init__(self, e):
        self.e = e

    def eval(self, env):
        return -self.e.eval(env)

    def show(self):
        return "-" + self.e.show()


def build(depth, k):
    if depth == 0:
        if k % 3 == 0:
            return Var("x")
        return Num(k)
    if k % 4 == 0:
        return Neg(build(depth - 1, k + 1))
    ops = "+-*"
    return BinOp(ops[k % 3], build(depth - 1, k * 2 + 1), build(depth - 1, k + 3))


def entry_point(argv):
    env = {"x": len(argv) + 4, "y": 10}
    exprs = [Num(3), Var("y"), BinOp("+", Num(2), Var("x")), Neg(BinOp("*", Var("x"), Var("y"))),
             BinOp("/", Num(-17), Num(5))]
    for i in range(1, 5):
        exprs.append(build(i, i))
    for e in exprs:
        print(e.show(), "=", e.eval(env))
    e = exprs[0]
    e = exprs[3]
    print("reassigned base variable:", e.show(), e.eval(env))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
