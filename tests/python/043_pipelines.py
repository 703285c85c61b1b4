def read_numbers():
    for line in ["1 2 3", "4 five 6", "7 8"]:
        for tok in line.split():
            yield tok

def parse(tokens):
    for t in tokens:
        try:
            yield int(t)
        except ValueError:
            print("skipping", t)

def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total

print(list(running_total(parse(read_numbers()))))
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def naturals():
    n = 0
    while True:
        yield n
        n += 1
evens = (x for x in naturals() if x % 2 == 0)
print(take(5, evens), take(3, evens))
gen = (i * i for i in range(4))
print(next(gen), list(gen))
def gen_with_return():
    yield 1
    return 99
g = gen_with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
def counter():
    try:
        n = 0
        while True:
            n += 1
            yield n
    finally:
        print("closed at", n)
c = counter()
print(next(c), next(c))
c.close()
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield "caught " + str(e)
k = catcher()
print(next(k), k.throw(ValueError("bad")), next(k))
