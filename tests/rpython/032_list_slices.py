"""List slicing with constant and run-time bounds, slice assignment-free copying, list repetition."""


def fmt(lst):
    return "[" + ",".join([str(x) for x in lst]) + "]"


def entry_point(argv):
    n = len(argv)
    lst = [i * 10 for i in range(10)]
    print(fmt(lst[2:5]), fmt(lst[:3]), fmt(lst[7:]), fmt(lst[:]), fmt(lst[5:5]), fmt(lst[8:100]))
    a = n
    b = n + 4
    print("run-time:", fmt(lst[a:b]), fmt(lst[b:]), fmt(lst[:a]))
    half = len(lst) // 2
    left = lst[:half]
    right = lst[half:]
    print("halves:", fmt(left), fmt(right), fmt(left + right))
    zeros = [0] * (5 * n)
    print("zeros:", fmt(zeros))
    pattern = [1, 2] * 3
    print("pattern:", fmt(pattern))
    grid_row = ["."] * 8
    grid_row[3] = "#"
    print("".join(grid_row))
    copy = lst[:]
    copy[0] = 999
    print("copy[0]=%d lst[0]=%d" % (copy[0], lst[0]))
    windows = []
    for i in range(len(lst) - 2):
        w = lst[i:i + 3]
        windows.append(str(w[0] + w[1] + w[2]))
    print("window sums:", " ".join(windows))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
