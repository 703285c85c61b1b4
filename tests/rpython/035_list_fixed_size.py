"""Fixed-size lists (never resized): [0] * n buffers, item assignment, matrix as flat list, prefix sums."""
from rpython.rlib.debug import make_sure_not_resized


def prefix_sums(values):
    out = [0] * (len(values) + 1)
    for i in range(len(values)):
        out[i + 1] = out[i] + values[i]
    return out


def matmul(a, b, n):
    c = [0] * (n * n)
    for i in range(n):
        for j in range(n):
            s = 0
            for k in range(n):
                s += a[i * n + k] * b[k * n + j]
            c[i * n + j] = s
    return c


def entry_point(argv):
    n = len(argv) + 2              # 3
    vals = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
    make_sure_not_resized(vals)
    ps = prefix_sums(vals)
    print("prefix:", " ".join([str(x) for x in ps]))
    print("sum[2:7] =", ps[7] - ps[2])
    a = [0] * (n * n)
    b = [0] * (n * n)
    for i in range(n * n):
        a[i] = i + 1
        b[i] = (i * 7) % 5 - 2
    c = matmul(a, b, n)
    for i in range(n):
        print(" ".join([str(c[i * n + j]) for j in range(n)]))
    counts = [0] * 10
    for ch in "31415926535897932384626433832795":
        counts[ord(ch) - ord("0")] += 1
    print("digit counts:", " ".join([str(x) for x in counts]))
    flags = [False] * 8
    flags[2] = True
    flags[5] = True
    print("flags:", "".join(["1" if f else "0" for f in flags]))
    names = ["?"] * 4
    names[0] = "north"
    names[3] = "west"
    print("names:", ",".join(names))
    fl = [0.0] * 5
    for i in range(5):
        fl[i] = i / 4.0
    print("floats:", " ".join([str(x) for x in fl]))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
