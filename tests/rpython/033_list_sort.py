"""list.sort() of ints, floats and strs; hand-written insertion sort and merge sort."""
from rpython.rlib.objectmodel import specialize


@specialize.argtype(0)
def fmt(lst):
    return " ".join([str(x) for x in lst])


@specialize.argtype(0)
def insertion_sort(lst):
    for i in range(1, len(lst)):
        x = lst[i]
        j = i - 1
        while j >= 0 and lst[j] > x:
            lst[j + 1] = lst[j]
            j -= 1
        lst[j + 1] = x


def merge_sort(lst):
    if len(lst) <= 1:
        return lst
    mid = len(lst) // 2
    a = merge_sort(lst[:mid])
    b = merge_sort(lst[mid:])
    out = []
    i = 0
    j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    while i < len(a):
        out.append(a[i])
        i += 1
    while j < len(b):
        out.append(b[j])
        j += 1
    return out


def lcg_list(seed, count):
    out = []
    x = seed
    for i in range(count):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 1000 - 500)
    return out


def entry_point(argv):
    ints = lcg_list(len(argv) + 41, 20)
    print("ints:", fmt(ints))
    a = ints[:]
    a.sort()
    print("sort():", fmt(a))
    b = ints[:]
    insertion_sort(b)
    print("insertion:", fmt(b))
    c = merge_sort(ints)
    print("merge:", fmt(c), a == b, b == c)
    a.reverse()
    print("descending:", fmt(a))
    floats = [3.5, -1.25, 2.0, 0.0, -0.5, 100.0, 1e-3]
    floats.sort()
    print("floats:", fmt(floats))
    words = "the quick brown fox jumps over the lazy dog A Z".split()
    words.sort()
    print("words:", fmt(words))
    words2 = "delta alpha charlie bravo".split(" ")
    insertion_sort(words2)
    print("words2:", fmt(words2))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
