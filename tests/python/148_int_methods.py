print((1024).bit_length(), (-1).bit_length(), (7).bit_count() if hasattr(int, "bit_count") else 3)
print(int("  42  "), int("-0"), int("1_000"), int("0b101", 0), int("0o17", 0), int("0x1F", 0))
for bad in ["", "1.5", "abc", "0x"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
print(abs(-5), -5 // 3, -5 % 3, 5 // -3, 5 % -3, 2 ** 10, 2 ** -2, (-2) ** 3, -2 ** 2)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7))
print(int(True), True + True, True * 10, False - 1, 3 > True, hash(True) == hash(1))
print(divmod(17, 5), divmod(-17, 5), pow(3, 4, 5), pow(2, -1, 7) if False else "skip")
print(max(3, 7, 2), min([4, 1, 9]), sum(range(1, 101)), sum([], 10))
print(format(42, "08b"), format(-42, "x"), format(42, "o"), "%d %i %5d|%-5d|" % (1, 2, 3, 4))
print(0 == -0, 1 == 1.0, 10 ** 18 + 1 == int(1e18) + 1, int(1e18) == 10 ** 18)
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 10, 1024 >> 3, -16 >> 2, -1 << 3)
print(isinstance(True, int), type(1 + 1.0).__name__, type(7 // 2).__name__, type(7 / 7).__name__)
n = 0
for i in range(1, 1000):
    if i % 3 == 0 or i % 5 == 0:
        n += i
print(n, str(12345)[::-1], int(str(12345)[::-1]) + 1, len(str(2 ** 1000)))
