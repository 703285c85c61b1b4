def accumulate(items):
    total = 0
    for x in items:
        total += x
        yield total

def pairs(seq):
    it = iter(seq)
    for a in it:
        b = next(it, None)
        yield (a, b)

print(list(accumulate([1, 2, 3, 4])), list(pairs("abcde")))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        alive = []
        for g in gens:
            try:
                yield next(g)
                alive.append(g)
            except StopIteration:
                pass
        gens = alive
print(list(interleave("ab", [1, 2, 3], range(10, 11))))
def tree_walk(t, depth=0):
    if isinstance(t, list):
        for sub in t:
            yield from tree_walk(sub, depth + 1)
    else:
        yield (t, depth)
print(list(tree_walk([1, [2, [3, 4]], 5])))
g = (x for x in range(3))
print(type(g).__name__, iter(g) is g, list(g), list(g))
def lazy():
    print("started")
    yield 1
l = lazy()
print("created")
print(next(l))
