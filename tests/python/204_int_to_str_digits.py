# str() / repr() / formatting of ints of every length and sign (the
# runtime's digit-pair conversion), and round trips through int()

v = 1
out = []
for k in range(20):
    for x in [v - 1, v, v + 1, -v, -(v - 1), v * 7 // 3]:
        s = str(x)
        out.append(s)
        assert int(s) == x
        assert repr(x) == s
        assert "%d" % x == s
        assert f"{x}" == s
    v *= 10
print(" ".join(out))
print(str(2 ** 63 - 1), str(-2 ** 63), str(-2 ** 63 + 1), str(2 ** 63), str(-2 ** 64))
print(str(99), str(100), str(-99), str(-100), str(9), str(10), str(-9), str(-10))
total = 0
for i in range(-5000, 5000, 7):
    total += len(str(i * i * i))
print(total)
print([str(n) for n in (0, -0, 5, 50, 500, 5000, 50000)])
