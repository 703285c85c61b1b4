"""math module at run time: sqrt floor ceil pow fabs sin cos tan log exp atan2 hypot fmod."""
import math


def fmt(x):
    return "%.10f" % x


def entry_point(argv):
    n = float(len(argv))
    print("sqrt:", math.sqrt(2.0 * n), math.sqrt(144.0), math.sqrt(0.0))
    print("floor:", math.floor(2.7 * n), math.floor(-2.3), math.floor(5.0))
    print("ceil:", math.ceil(2.1 * n), math.ceil(-2.7), math.ceil(5.0))
    print("trunc:", math.trunc(-2.7 * n), math.trunc(2.7))
    print("pow:", math.pow(2.0, 10.0 * n), math.pow(9.0, 0.5), math.pow(2.0, -1.0))
    print("fabs:", math.fabs(-3.5 * n), math.fabs(2.0))
    for k in range(7):
        a = k * 0.5 * n
        print("a=%.1f sin=%s cos=%s tan=%s" % (a, fmt(math.sin(a)), fmt(math.cos(a)), fmt(math.tan(a))))
    print("log:", fmt(math.log(10.0 * n)), fmt(math.log(8.0, 2.0)), fmt(math.log10(1000.0)), fmt(math.log2(1024.0)))
    print("exp:", fmt(math.exp(1.0 * n)), fmt(math.exp(-2.0)), math.exp(0.0))
    print("atan2:", fmt(math.atan2(1.0, -1.0 * n)), "hypot:", math.hypot(3.0, 4.0 * n))
    print("fmod:", math.fmod(7.5, 2.0 * n), math.fmod(-7.5, 2.0))
    print("pi e:", fmt(math.pi), fmt(math.e))
    print("degrees:", fmt(math.degrees(math.pi * n)), "radians:", fmt(math.radians(180.0)))
    print("gcd:", math.gcd(48, 180 * len(argv)))
    print("asin acos atan:", fmt(math.asin(0.5 * n)), fmt(math.acos(0.5)), fmt(math.atan(1.0)))
    print("sinh cosh tanh:", fmt(math.sinh(1.0 * n)), fmt(math.cosh(1.0)), fmt(math.tanh(0.5)))
    print("copysign:", math.copysign(3.0, -1.0 * n), "ldexp:", math.ldexp(0.75, 4 * len(argv)))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
