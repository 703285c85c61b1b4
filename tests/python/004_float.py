print(1.5, 0.1 + 0.2, 1e20, 1e-5, 3.0, -0.0)
print(1 / 3, 2 / 3, 10 / 3)
print(float("2.5"), float(3), float("-1e3"))
print(3.7 // 1, 3.7 % 1, -3.7 // 1)
print(2.0 ** 0.5, 1e300 * 10)
print(int(2.5e10), 1.0 == 1, 0.5 < 1)
print(round(3.14159, 3), round(-2.5))
print(abs(-2.5), max(1.5, 2), min(0.1, -3))
print(5e-324, 1.7976931348623157e308)
print(123456789.0 * 1000, 0.000123)
x = 0.0
for i in range(10):
    x += 0.1
print(x)
print(float("inf"), -float("inf"))
print(f"{2.5:.3f} {1/3:.4} {12345.678:,.2f} {0.25:%} {1e-7:e}")
