def reduce(fn, items, *init):
    it = iter(items)
    if init:
        acc = init[0]
    else:
        try:
            acc = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value")
    for x in it:
        acc = fn(acc, x)
    return acc

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(max, [3, 9, 2]), reduce(lambda a, b: b + a, "abc", ""), reduce(lambda a, b: a + b, [], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)

def make_counter():
    count = 0
    def gen(n):
        nonlocal count
        for i in range(n):
            count += 1
            yield count
    def total():
        return count
    return gen, total

gen, total = make_counter()
print(list(gen(3)), total(), list(gen(2)), total())

def outer():
    log = []
    state = 0
    def inner_gen():
        nonlocal state
        while state < 5:
            state += 2
            log.append(state)
            yield state
    g = inner_gen()
    first = next(g)
    state = 10 if first > 100 else state
    rest = list(g)
    return first, rest, log, state
print(outer())

def pipeline():
    acc = []
    def stage1():
        for i in range(5):
            yield i * i
    def stage2(src):
        nonlocal acc
        for v in src:
            if v % 2 == 0:
                acc = acc + [v]
                yield v
    out = list(stage2(stage1()))
    return out, acc
print(pipeline())

def fib_closure():
    a, b = 0, 1
    def step():
        nonlocal a, b
        while True:
            yield a
            a, b = b, a + b
    return step()
f = fib_closure()
print([next(f) for _ in range(12)])
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(lambda x: x + 1, lambda x: x * 10, str)(4))
