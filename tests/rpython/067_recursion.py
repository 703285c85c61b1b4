"""Recursion: naive fib, memo-less ackermann(2, n) and (3, 3), hanoi move counting, permutations, power set."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)


def permutations(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i in range(len(s)):
        rest = s[:i] + s[i + 1:]
        for p in permutations(rest):
            out.append(s[i] + p)
    return out


def power_set(items, i, cur, out):
    if i == len(items):
        out.append("{" + ",".join(cur) + "}")
        return
    power_set(items, i + 1, cur, out)
    cur.append(items[i])
    power_set(items, i + 1, cur, out)
    cur.pop()


def entry_point(argv):
    print("fib:", " ".join([str(fib(i)) for i in range(20)]))
    print("ack(2, 3) =", ack(2, 3), "ack(3, 3) =", ack(3, 3), "ack(1, 10) =", ack(1, 10))
    moves = []
    hanoi(4, "A", "C", "B", moves)
    print("hanoi(4):", len(moves), " ".join(moves))
    perms = permutations("abcd")
    print("perms:", len(perms), " ".join(perms))
    out = []
    power_set(["x", "y", "z"], 0, [], out)
    print("power set:", " ".join(out))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
