"""Catching builtin exceptions raised by operations in the same function: IndexError, KeyError, ZeroDivisionError, ValueError, OverflowError."""
from rpython.rlib.rarithmetic import ovfcheck


def get_item(lst, i):
    try:
        return lst[i]
    except IndexError:
        return -1


def get_key(d, k):
    try:
        return d[k]
    except KeyError:
        return -2


def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -3


def safe_mod(a, b):
    try:
        return a % b
    except ZeroDivisionError:
        return -4


def safe_fdiv(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return -5.0


def safe_int(s):
    try:
        return int(s)
    except ValueError:
        return -6


def safe_mul(a, b):
    try:
        return ovfcheck(a * b)
    except OverflowError:
        return -7


def str_index(s, i):
    try:
        return s[i]
    except IndexError:
        return "?"


def entry_point(argv):
    n = len(argv)
    lst = [10, 20, 30]
    print("list:", get_item(lst, 1), get_item(lst, 3), get_item(lst, -1), get_item(lst, -4), get_item(lst, 100))
    d = {"a": 1}
    print("dict:", get_key(d, "a"), get_key(d, "b"))
    print("div:", safe_div(7, 2 * n), safe_div(7, n - 1), safe_mod(7, n - 1), safe_mod(-7, 3))
    print("fdiv:", safe_fdiv(1.0, 4.0), safe_fdiv(1.0, 0.0 * n))
    print("int:", safe_int("12"), safe_int("x"))
    print("mul:", safe_mul(1 << 31, 1 << 31), safe_mul(1 << 32, 1 << 31))
    print("str:", str_index("abc", 2), str_index("abc", 3))
    errs = 0
    for i in range(6):
        try:
            v = lst[i]
            print("  lst[%d] = %d" % (i, v))
        except IndexError:
            errs += 1
    print("index errors:", errs)
    try:
        x = lst.pop(5)
        print("popped", x)
    except IndexError:
        print("pop(5): IndexError")
    empty = []
    try:
        empty.pop()
    except IndexError:
        print("pop from empty: IndexError")
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
