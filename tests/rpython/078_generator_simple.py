"""Generators with plain `yield`: counting, filtering, fibonacci, consumed by for loops and list()."""


def count_up(start, stop, step):
    i = start
    while i < stop:
        yield i
        i += step


def fib_gen(n):
    a = 0
    b = 1
    for i in range(n):
        yield a
        a, b = b, a + b


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def words(text):
    start = 0
    for i in range(len(text)):
        if text[i] == " ":
            if i > start:
                yield text[start:i]
            start = i + 1
    if start < len(text):
        yield text[start:]


def entry_point(argv):
    print("count_up:", " ".join([str(x) for x in count_up(3, 20, 4)]))
    total = 0
    for f in fib_gen(15):
        total += f
    print("fib sum:", total)
    print("even fibs:", " ".join([str(x) for x in evens(fib_gen(20))]))
    for w in words("  generators   are lazy "):
        print("word:", w)
    lst = list(count_up(0, 5, 1))
    print("list():", len(lst), lst[-1])
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
