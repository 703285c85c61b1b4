a = 2 ** 100
b = 3 ** 50 + 17
print(a, b)
print(a // b, a % b, -a // b, -a % b, a // -b, a % -b)
print(divmod(a, b), divmod(-a, b), divmod(-7, 2), divmod(7, -2))
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(a << 10, a >> 90, -a >> 99, -1 >> 5, 1 << 64, (1 << 64) - 1)
print(a & b, a | b, a ^ b, ~a, ~0, -a & 0xFFFF, (a - 1) & ~(a >> 1))
print(pow(2, 200, 10 ** 9 + 7), pow(3, 100, 97), pow(-3, 3), pow(2, -1))
print(int("123456789012345678901234567890"), int("-ff", 16), int("0b1011", 0), int("zz", 36))
print(int("  42  "), int("1_000_000"), int("0o777", 8), int("0x1F", 16), int(3.99), int(-3.99))
print(str(10 ** 40), len(str(7 ** 500)), str(-(10 ** 25) + 1))
print(hex(a), oct(b), bin(2 ** 70 + 1), hex(-255))
print(a == 2 ** 100, a > b, a < -b, hash(2 ** 10) == hash(1024))
print(abs(-a), -(-a) == a, +a == a, bool(a - a))
print(10 ** 20 // 7, 10 ** 20 % 7, (10 ** 20) / 4, 2 ** 64 / 2 ** 32)
print(12345678901234567890 * 98765432109876543210)
print(sum(range(10 ** 6, 10 ** 6 + 100)) * 10 ** 15)
f = 1
for i in range(1, 31):
    f *= i
print(f, f.bit_length(), (-f).bit_length())
print(max(a, b), min(a, b), sorted([a, -a, b, 0]))
print(int(2.5e20), float(2 ** 60), 2 ** 0.5, 10 ** -2, (-8) ** (1 / 3) if False else 0)
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 2)
print(int(True) + True, 3 * False, True << 3, -True)
print(round(12345, -2), round(15, -1), round(25, -1), round(-35, -1))
