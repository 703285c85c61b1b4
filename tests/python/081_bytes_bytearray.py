b = b"hello world"
print(b[1:4], b[::-1], list(b[:3]), b"ll" in b, 104 in b, b * 2, 2 * b"ab", b < b"z", len(b))
print(b.upper(), b.split(), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"), b.startswith(b"he"))
print(b.hex(), bytes.fromhex("41 42 ff"), b.strip(b"hd"), b"-".join([b"a", b"b"]), bytes(3), bytes([65, 66]))
print(b[0], b[-1], b.split(b"o"), b.partition(b" "), b"abc" == b"abc", b"a" + b"b")
print([x for x in b"AZ"], bytes(range(65, 70)), b"caf\xc3\xa9".decode("utf-8"), "café".encode())
print(repr(b"\x00\n\t'\\"), b'"q"', bytes("xyz", "ascii"), b"abc".isalpha(), b"12".isdigit())
ba = bytearray(b"abcdef")
print(ba, len(ba), ba[0], ba[1:3], bytes(ba))
ba[0] = 65
ba[1:3] = b"XYZ"
print(ba)
del ba[::2]
print(ba)
ba.append(33)
ba.extend(b"??")
ba.extend([48, 49])
print(ba, ba.pop(), ba)
ba.insert(0, 64)
ba.reverse()
print(ba, ba.decode(), ba.upper(), b"X" in ba, 63 in ba)
ba += b"++"
print(ba, ba == bytearray(ba), ba.copy() is ba)
ba2 = bytearray(3)
ba2[1] = 255
print(ba2, bytearray("héllo", "utf-8"), bytearray([1, 2, 3]) + b"\x04")
try:
    ba2[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    {bytearray(b"x"): 1}
except TypeError as e:
    print("TypeError:", e)
counts = {}
for byte in b"mississippi":
    counts[chr(byte)] = counts.get(chr(byte), 0) + 1
print(sorted(counts.items()))
data = bytearray()
for i in range(5):
    data.append(i * 50)
print(data, sum(data), max(data), data.hex())
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], sorted([b"b", b"a", b"ab"]))
