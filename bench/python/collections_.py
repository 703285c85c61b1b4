"""Lists, dicts, tuples, sorting, comprehensions, generators."""


def primes(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    i = 2
    while i * i <= n:
        if sieve[i]:
            for j in range(i * i, n + 1, i):
                sieve[j] = False
        i += 1
    return [k for k in range(n + 1) if sieve[k]]


def gen_pairs(items):
    for i, x in enumerate(items):
        yield (x % 97, i)


ps = primes(2000000)
pairs = sorted(gen_pairs(ps))
index = {}
for key, i in pairs:
    index.setdefault(key, []).append(i)
print(len(ps), pairs[:3], len(index), sum(len(v) for v in index.values()))
