a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a // b, -a % b, a // -b, a % -b)
print(divmod(17, 5), divmod(-17, 5))
print(abs(-3), -(-4), +5, ~5)
print(1 << 10, 1024 >> 3, 6 & 3, 6 | 3, 6 ^ 3)
print(0x1F, 0o17, 0b101, 1_000_000)
x = 10
x += 5
x *= 2
x -= 1
x //= 3
print(x)
print(2 ** -1, 7 / 2, 8 / 2)
print(int("42"), int("-7"), int("ff", 16), int(3.9), int(-3.9))
print(round(2.5), round(3.5), round(2.675, 2), round(1234, -2))
print(pow(2, 10), pow(3, 4, 5), max(3, 9, 2), min([4, 1, 8]))
