"""%-formatting of floats: %f %.3f %e %g %10.4f %-8.2f and of ints %5d %-5d %05d %x."""


def entry_point(argv):
    n = float(len(argv))
    values = [0.0, 1.0 * n, -1.5, 3.14159265358979, 2.0 / 3.0, 1234567.891, 1e-7, 6.02e23, -0.000123456, 1e16, 0.5, 2.5, 1.25]
    for v in values:
        print("%f | %.3f | %.0f | %e | %.2e | %g | %.3g" % (v, v, v, v, v, v, v))
    for v in values:
        print("[%10.4f] [%-12.2f] [%+.1f]" % (v, v, v))
    k = len(argv) * 42
    print("[%5d] [%-5d] [%05d] [%x] [%X] [%o] [%+d]" % (k, k, k, k * 1000, k * 1000, k, k))
    print("[%5s] [%-6s] [%s] [%r]" % ("ab", "cd", "x" * 3, "q"))
    print("%d%% done, %s items, %.1f%%" % (k, str(k), 99.5))
    print("%.10f" % (1.0 / 7.0 * n))
    print("%.15g" % (0.1 * n), "%.17g" % (0.1 * n))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
