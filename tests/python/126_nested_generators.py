def read_records(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line.split(",")
def typed(records):
    for name, qty, price in records:
        yield name, int(qty), float(price)
def totals(items):
    for name, qty, price in items:
        yield name, qty * price
data = ["# inventory", "apple,3,0.5", "", "pear,2,1.25", "melon,1,3.0"]
pipeline = totals(typed(read_records(data)))
for name, total in pipeline:
    print("%-6s %6.2f" % (name, total))
print(sum(t for _, t in totals(typed(read_records(data)))))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def take(n, it):
    for _, v in zip(range(n), it):
        yield v
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals() if x % 3 == 0))))
def windows(seq, k):
    for i in range(len(seq) - k + 1):
        yield seq[i:i + k]
print(list(windows("abcdef", 3)), [sum(w) for w in windows([1, 2, 3, 4, 5], 2)])
