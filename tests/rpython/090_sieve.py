"""Sieve of Eratosthenes over a fixed-size bool list up to 100000; prime counts, twin primes, Goldbach checks."""


def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            j = i * i
            while j <= n:
                is_prime[j] = False
                j += i
        i += 1
    return is_prime


def entry_point(argv):
    n = 100000
    flags = sieve(n)
    primes = []
    for i in range(n + 1):
        if flags[i]:
            primes.append(i)
    print("primes below %d: %d" % (n, len(primes)))
    print("first 20:", " ".join([str(p) for p in primes[:20]]))
    start = len(primes) - 5
    if start < 0:
        start = 0
    print("last 5:", " ".join([str(p) for p in primes[start:]]))
    for limit in [10, 100, 1000, 10000]:
        c = 0
        for p in primes:
            if p >= limit:
                break
            c += 1
        print("pi(%d) = %d" % (limit, c))
    twins = 0
    for k in range(len(primes) - 1):
        if primes[k + 1] - primes[k] == 2:
            twins += 1
    print("twin prime pairs:", twins)
    gaps = {}
    for k in range(len(primes) - 1):
        g = primes[k + 1] - primes[k]
        gaps[g] = gaps.get(g, 0) + 1
    biggest = 0
    for g in gaps:
        if g > biggest:
            biggest = g
    print("largest gap:", biggest, "gap 2 count:", gaps[2], "gap 6 count:", gaps[6])
    for even in [4, 28, 100, 9998]:
        for p in primes:
            if flags[even - p]:
                print("%d = %d + %d" % (even, p, even - p))
                break
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
