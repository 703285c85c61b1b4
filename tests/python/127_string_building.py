rows = [("Widget", 3, 2.5), ("Gadget", 10, 12.75), ("Thingamajig", 1, 100.0)]
header = "%-12s|%5s|%9s" % ("item", "qty", "price")
print(header)
print("-" * len(header))
for name, q, p in rows:
    print("%-12s|%5d|%9.2f" % (name, q, p))
print("{:=^28}".format(" total "))
total = sum(q * p for _, q, p in rows)
print(f"{'sum':<12}|{sum(q for _, q, _ in rows):5d}|{total:9.2f}")
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts), "".join(map(str, range(10))))
s = ""
for ch in "hello":
    s = ch + s
print(s, s.upper().center(11, "~"))
table = [[str(i * j).rjust(3) for j in range(1, 6)] for i in range(1, 6)]
print("\n".join("".join(r) for r in table))
print("{0}{1}{0}".format("ab", "cd"), "%s-%s" % tuple("xy"), "a%%b%s" % 1)
