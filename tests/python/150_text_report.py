records = [
    ("widget", 4, 3.5), ("gadget", 10, 12.25), ("doohickey", 1, 100.0),
    ("thingamajig", 7, 0.99), ("gizmo", 3, 45.5),
]
print("{:<12}|{:>5}|{:>10}|{:>10}".format("item", "qty", "price", "total"))
print("-" * 40)
grand = 0.0
for name, qty, price in sorted(records, key=lambda r: -r[1] * r[2]):
    total = qty * price
    grand += total
    print("{:<12}|{:>5d}|{:>10.2f}|{:>10,.2f}".format(name[:12], qty, price, total))
print("-" * 40)
print("{:<12}|{:>5}|{:>10}|{:>10,.2f}".format("TOTAL", sum(r[1] for r in records), "", grand))
print("%-12s|%5d|%10.3e|" % ("sci", 12, grand))
widths = [len(r[0]) for r in records]
print(max(widths), min(widths), sum(widths) / len(widths))
hist = {}
for name, _, _ in records:
    for ch in name:
        hist[ch] = hist.get(ch, 0) + 1
for ch, n in sorted(hist.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print("%s %s %d" % (ch, "#" * n, n))
table = [[i * j for j in range(1, 6)] for i in range(1, 6)]
for row in table:
    print(" ".join("%3d" % v for v in row))
print("\n".join(line.rstrip() for line in ["a  ", "b", " c "]))
