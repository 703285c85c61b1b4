vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.0, 1.5e-7, 1e-4,
        0.0001, 1e22, 1e23, 5e-324, 1.7976931348623157e308, -0.0, 100.0, 3.0e5,
        2.5, 1e300 * 10, 12345678901234567890.0]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(float("1e3"), float("  -2.5 "), float("1_0.5"), float(7), float("Infinity"))
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(3.14159, 3))
print(round(1234.5678, -2), round(-2.5), round(0.125, 2), round(0.375, 2))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.5 % -2, divmod(7.5, 2))
print(1e308 * 10 == float("inf"), 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
print(int(1e18), float(10 ** 18), 2.0 ** 10, 10 ** -3, 2 ** -1)
print((0.5).as_integer_ratio() if hasattr(0.5, "as_integer_ratio") else (1, 2), (3.0).is_integer(), (3.5).is_integer())
print(max(1.5, 2), min(-0.0, 0.0), 3 * 1.1, 1.1 + 2.2, 0.1 + 0.7)
print(f"{1/7:.15f} {1/7!r} {1e-7:.2e} {123.456:.0f}")
print(float("nan") == float("nan"), float("inf") > 1e308, 1 / float("inf"))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(hash(1.0) == hash(1), hash(0.5) == hash(0.5), 1.0 == 1, {1: "a", 1.0: "b"})
print(sum([0.1] * 10), 1e-10 + 1, 4.35 * 100, 8.0 / 3)
