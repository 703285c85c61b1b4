print(chr(65), chr(8364), ord("A"), ord("€"), ord("\n"), chr(0x1F600) == "\U0001F600")
print(hex(255), hex(-1), hex(0), oct(8), oct(-64), bin(10), bin(-5), bin(0))
print(round(2.5), round(3.5), round(-1.5), round(0.5), round(1.25, 1), round(1.35, 1), round(2.675, 2))
print(round(7), round(7.49), round(-7.5), round(1e20), round(123.456, -1), round(5.5, 0))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1))
print(pow(2, 10), pow(2, 10, 1000), pow(7, -1, 13), pow(2.0, 3), pow(-2, 3, 5), pow(10, 0, 1))
print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-(2 ** 70)))
print(hash(1) == hash(1.0), hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")), hash(True) == hash(1))
print(hash(-1) == hash(-2), hash(0), hash(12345), hash(2 ** 61 - 1) if False else "")
print(repr(1), repr("a'b"), repr([1, "2"]), repr(1.0), repr(None), repr(...), repr(NotImplemented))
print(format(1234.5, ",.2f"), format(42, "08b"), format("x", ">3"), format(0.5, "%"), format(10, "x"))
print(int("101", 2), int("z", 36), int(" -12 "), int(7.9), int(-7.9), int(True), float("  3.5"), float(2))
print(bool(0), bool(0.0), bool(""), bool([]), bool(()), bool({}), bool(None), bool("0"), bool([0]))
print(complex if False else "", isinstance(1, int), isinstance(True, int), isinstance(1.0, float))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    round("x")
except TypeError as e:
    print("TypeError:", e)
print(max(range(-5, 5), key=abs), min(-3, 2, key=abs), sorted([-3, 2, -1], key=abs))
print(sum(i % 7 for i in range(1000)), 7 ** 3 % 10, (-7) ** 2, -7 ** 2, 2 ** 3 ** 2)
