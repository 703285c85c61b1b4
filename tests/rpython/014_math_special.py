"""inf and nan: isnan, isinf, isfinite, comparisons, printing, arithmetic producing them."""
import math


def describe(x):
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        if x > 0.0:
            return "+inf"
        return "-inf"
    return "finite(%s)" % str(x)


def entry_point(argv):
    n = float(len(argv))
    big = 1e308 * n
    inf = big * 10.0
    ninf = -inf
    nan = inf - inf
    for v in [big, inf, ninf, nan, 0.0, -0.0, inf * 0.0, 1.0 / inf, -1.0 / inf]:
        print(describe(v), str(v), math.isfinite(v))
    print("nan == nan:", nan == nan, "nan != nan:", nan != nan, "nan < 1:", nan < 1.0)
    print("inf > big:", inf > big, "ninf < -big:", ninf < -big, "inf == inf:", inf == inf)
    print("float('inf'):", float("inf"), float("-inf"), float("nan"))
    print("repr:", repr(inf), repr(ninf), repr(nan))
    print("%f %e %g" % (inf, ninf, nan))
    try:
        r = math.sqrt(-1.0 * n)
        print("sqrt(-1) =", r)
    except ValueError:
        print("sqrt(-1): ValueError")
    try:
        r = math.exp(1000.0 * n)
        print("exp(1000) =", r)
    except OverflowError:
        print("exp(1000): OverflowError")
    try:
        r = math.log(0.0 * n)
        print("log(0) =", r)
    except ValueError:
        print("log(0): ValueError")
    print("min/max with inf:", max(inf, 5.0), min(ninf, -5.0))
    print("copysign -0.0:", math.copysign(1.0, -0.0 * n), math.copysign(1.0, 0.0))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
