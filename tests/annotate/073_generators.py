# Generators: each generator function has its own class `f.<generator>`
# (a subclass of `generator`) whose fields are the variables saved at each
# resumption point; `iter()` of a generator is the generator itself, and
# `__next__` returns what the `yield` statements give. Two generators meet
# in `take` as their common base `generator` (so all generators of the
# program yield one type, here int). The reveal of a generator function
# shows its own graph, then the graph of its `__next__`.
def countdown(n):  # reveal: (int(nonneg)) -> countdown.<generator> ; (countdown.<generator>) -> int(nonneg)
    while n > 0:
        yield n
        n -= 1


def lengths(words, extra):  # reveal: (list[str], Literal[1]) -> lengths.<generator> ; (lengths.<generator>) -> int(nonneg)
    for i, w in enumerate(words):
        yield i + len(w) + extra


def evens(limit):  # reveal: (Literal[10]) -> evens.<generator> ; (evens.<generator>) -> int(nonneg)
    for i in range(limit):
        if i % 2 == 0:
            yield i


def take(src, n):  # reveal: (generator, int(nonneg)) -> list[int(nonneg)]
    out = []
    for x in src:
        if len(out) >= n:
            break
        out.append(x)
    return out


def entry_point(argv):  # reveal: (list[str]) -> int(nonneg)
    total = 0
    for k in countdown(len(argv) + 3):
        total += k
    names = list(lengths(argv, 1))
    g = evens(10)
    first = next(g)
    return total + len(names) + first + len(take(countdown(5), 2)) + len(take(g, 3))


def target(driver, args):
    return entry_point
