"""Higher-order functions: functions passed as arguments, stored in lists/dicts, chosen at run time (PBC sets)."""


def square(x):
    return x * x


def negate(x):
    return -x


def halve(x):
    return x // 2


def inc(x):
    return x + 1


def apply_all(funcs, x):
    out = []
    for f in funcs:
        out.append(f(x))
    return out


def compose_apply(f, g, x):
    return f(g(x))


def my_map(f, values):
    return [f(v) for v in values]


def my_filter(pred, values):
    return [v for v in values if pred(v)]


def is_even(x):
    return x % 2 == 0


def is_big(x):
    return x > 10


def fold(f, init, values):
    acc = init
    for v in values:
        acc = f(acc, v)
    return acc


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def fmt(values):
    return "[" + ", ".join([str(v) for v in values]) + "]"


FUNCS = {"square": square, "negate": negate, "halve": halve, "inc": inc}


def entry_point(argv):
    n = len(argv) + 6              # 7
    print("apply_all:", fmt(apply_all([square, negate, halve, inc], n)))
    print("compose:", compose_apply(square, inc, n), compose_apply(inc, square, n), compose_apply(negate, halve, n))
    values = list(range(1, 16))
    print("map square:", fmt(my_map(square, values)))
    print("filter even:", fmt(my_filter(is_even, values)), "big:", fmt(my_filter(is_big, values)))
    print("fold add:", fold(add, 0, values), "fold mul:", fold(mul, 1, values[:10]))
    for name in ["square", "inc", "halve", "negate"]:
        f = FUNCS[name]
        print(name, f(n), f(f(n)))
    if n > 5:
        chosen = square
    else:
        chosen = negate
    print("chosen:", chosen(n))
    pipeline = [inc, square, halve, negate]
    x = n
    for f in pipeline:
        x = f(x)
        print("  ->", x)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
