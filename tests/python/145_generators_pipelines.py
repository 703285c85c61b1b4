def read_records():
    data = "alice,30\nbob,25\ncarol,35\ndave,x\neve,28"
    for line in data.split("\n"):
        yield line
def parse(lines):
    for line in lines:
        name, age = line.split(",")
        try:
            yield name, int(age)
        except ValueError:
            print("skip", repr(line))
def adults(recs, min_age):
    return (r for r in recs if r[1] >= min_age)
result = list(adults(parse(read_records()), 28))
print(result)
def chunks(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield buf
            buf = []
    if buf:
        yield buf
print(list(chunks(range(7), 3)))
def window(seq, n):
    for i in range(len(seq) - n + 1):
        yield tuple(seq[i:i + n])
print(list(window("abcde", 3)))
def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(take(5, (x * x for x in naturals() if x % 3 == 0)))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
gen = (i for i in range(3))
print(list(gen), list(gen))
print(sum(x for x in range(101)), max((len(w), w) for w in "a bb ccc".split()))
def interleave(a, b):
    ia, ib = iter(a), iter(b)
    while True:
        try:
            yield next(ia)
            yield next(ib)
        except StopIteration:
            return
print(list(interleave([1, 2, 3], "xy")))
