"""CPython's numeric hash: equal numbers hash equal across int, float and
bool (modulus 2**61 - 1), so they are the same dict keys and set items."""

for x in [0, 1, -1, -2, 10**20, 2**61 - 1, 2**61, 2**64, -(2**70), 12345678901234567890]:
    print(x, hash(x), hash(float(x)) == hash(x) if abs(x) < 2**1000 else None)
for f in [0.5, 1.5, -1.5, 0.1, 1e-300, 3.141592653589793, -2.0, 1e308, 2.5e-10,
          123456.789, -0.0, 1e20, 2.0**64, 1e16 + 1, float("inf"), float("-inf")]:
    print(repr(f), hash(f))
print(hash(1e20) == hash(10**20), hash(2.0**70) == hash(2**70), hash(True) == hash(1.0))
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d))
d2 = {10**20: "a"}
d2[1e20] = "b"
print(d2)
print({0, 0.0, False}, {2**64, 2.0**64}, 1e20 in {10**20}, 0.5 in {0.5})
print(hash((1, 2.0)) == hash((1.0, 2)), hash(frozenset([1, 2])) == hash(frozenset([2.0, 1.0])))
