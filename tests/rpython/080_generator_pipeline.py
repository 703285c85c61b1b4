"""Generator pipeline: source -> map -> filter -> take, with early termination of an infinite generator."""


def naturals():
    n = 1
    while True:
        yield n
        n += 1


def squares(src):
    for x in src:
        yield x * x


def not_divisible_by(src, d):
    for x in src:
        if x % d != 0:
            yield x


def take(src, n):
    out = []
    if n <= 0:
        return out
    for x in src:
        out.append(x)
        if len(out) >= n:
            break
    return out


def primes():
    found = []
    for n in naturals():
        if n < 2:
            continue
        ok = True
        for p in found:
            if p * p > n:
                break
            if n % p == 0:
                ok = False
                break
        if ok:
            found.append(n)
            yield n


def entry_point(argv):
    first = take(not_divisible_by(squares(naturals()), 3), 12)
    print("squares not divisible by 3:", " ".join([str(x) for x in first]))
    print("first primes:", " ".join([str(x) for x in take(primes(), 25)]))
    g = naturals()
    print("next:", next(g), next(g), next(g))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
