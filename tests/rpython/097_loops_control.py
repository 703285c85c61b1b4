"""Loop control: while/for with else, break, continue, nested loops with flags, range with negative steps, reversed, enumerate."""


def find_pair(values, target):
    for i in range(len(values)):
        for j in range(i + 1, len(values)):
            if values[i] + values[j] == target:
                return i, j
    return -1, -1


def first_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return n
    return d


def entry_point(argv):
    vals = [8, 3, 11, 5, 7, 2]
    for t in [10, 13, 100]:
        i, j = find_pair(vals, t)
        print("pair summing to", t, ":", i, j)
    print("first divisors:", " ".join([str(first_divisor(n)) for n in range(2, 20)]))
    n = 0
    while n < 10:
        n += 1
        if n % 2 == 0:
            continue
        if n > 7:
            break
        print("odd", n)
    else:
        print("while-else not reached")
    k = 0
    while k < 3:
        k += 1
    else:
        print("while-else reached with k =", k)
    print("down:", " ".join([str(x) for x in range(10, 0, -3)]))
    print("down2:", " ".join([str(x) for x in range(5, -6, -2)]))
    print("empty:", len([x for x in range(5, 5)]), len([x for x in range(5, 0)]))
    print("reversed list:", " ".join([str(x) for x in reversed([1, 2, 3])]))
    print("reversed range:", " ".join([str(x) for x in reversed(range(4))]))
    for idx, ch in enumerate("abc"):
        print(idx, ch)
    for idx, ch in enumerate(["x", "y"]):
        print(idx + 10, ch)
    count = 0
    for a in range(5):
        for b in range(5):
            if b > a:
                break
            if (a + b) % 2 == 1:
                continue
            count += 1
    print("count:", count)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
