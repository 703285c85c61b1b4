inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("1e400"), float("-1e400"))
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1)
print(inf + 1, inf - inf, inf * 0, -inf * -1)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(3.14159, 3))
print(round(1234.5678, -2), round(5, -1), round(15, -1), round(25, -1))
for v in [0.0, -0.0, 1e16, 1.5e-7, 123456789.0, 1e22, 0.1 + 0.2]:
    print(repr(v), "%g" % v, "%e" % v, "%.3g" % v, str(v))
print("%g %g %g %g" % (100000.0, 1000000.0, 0.0001, 0.00001))
print("{:g} {:.2e} {:.1%} {:+.2f}".format(12345.678, 12345.678, 0.1234, 3.14159))
print(1e300 * 1e10, -1e300 * 1e10)
print(float("  3.5  "), float("-0"), float("+inf"), float("nan") != float("nan"))
print(int(3.99), int(-3.99), int(1e15), abs(-0.0))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, divmod(-7.5, 2))
print(0.1 * 3, 1 / 3, 2 / 3, 10 / 4, 2 ** 0.5, 2 ** -1)
print(max(1.5, 2), min(-0.0, 0.0), sum([0.1] * 10))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError", e)
print(float(10 ** 20), float(2 ** 53 + 1), 3.0 == 3, hash(3.0) == hash(3))
print((0.5).is_integer(), (2.0).is_integer(), (1e300).is_integer())
