"""int.to_bytes / int.from_bytes (sizes, byte orders, signs, errors) and
str.maketrans / str.translate."""

print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (255).to_bytes())
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, byteorder="little", signed=True))
print((2**70).to_bytes(10, "big"), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2, 3], "big"))
print(int.from_bytes(b"\x01" + b"\x00" * 9, "big"), int.from_bytes(b"", "big"))
for args in [(300, 1, "big"), (-1, 1, "big"), (128, 1, "big", True), (1, 1, "middle")]:
    try:
        if len(args) == 4:
            print(args[0].to_bytes(args[1], args[2], signed=args[3]))
        else:
            print(args[0].to_bytes(args[1], args[2]))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdd".translate(t))
t2 = str.maketrans({"a": "AA", "b": None, 99: 100})
print(sorted(t2.items(), key=lambda kv: kv[0]), "abcabc".translate(t2))
for bad in [("ab", "c"), ("a",), ({"ab": 1},)]:
    try:
        str.maketrans(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("hello".translate({ord("l"): "L"}))

for n in [0, 1, 127, 128, 255, 256, -1, -128, -129, 2**63, -2**63, 2**64 - 1]:
    size = (n.bit_length() + 8) // 8
    b = n.to_bytes(size, "little", signed=True)
    print(n, b, int.from_bytes(b, "little", signed=True) == n)
print(int.from_bytes(bytearray(b"\x01\x02"), byteorder="big"))
print(int.from_bytes(bytes=b"\x7f", byteorder="little", signed=True))
table = str.maketrans("aeiou", "AEIOU")
print("the quick brown fox".translate(table))
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
print("hello world".translate(rot13), "hello world".translate(rot13).translate(rot13))
print("a-b_c d".translate(str.maketrans("", "", "-_ ")))
try:
    "abc".translate({97: 3.5})
except TypeError as e:
    print("TypeError:", e)
try:
    int.from_bytes("abc", "big")
except TypeError as e:
    print("TypeError:", e)
