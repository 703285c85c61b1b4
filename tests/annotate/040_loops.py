def collatz(n):  # reveal: (int) -> int
    steps = 0
    while n > 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps - 1


def find_first(lst, x):  # reveal: (list[int], int) -> int
    i = 0
    while i < len(lst):
        if lst[i] == x:
            break
        i += 1
    else:
        return -1
    return i


def contains_negative(lst):  # reveal: (list[int]) -> bool
    for x in lst:
        if x < 0:
            break
    else:
        return False
    return True


def sum_odd(lst):  # reveal: (list[int]) -> int
    s = 0
    for x in lst:
        if x % 2 == 0:
            continue
        s += x
    return s


def first_word(s):  # reveal: (str) -> str
    end = len(s)
    for i in range(len(s)):
        if s[i] == " ":
            end = i
            break
    return s[:end]


def space_index(s):  # reveal: (str) -> int
    i = 0
    while True:
        if i >= len(s) or s[i] == " ":
            break
        i += 1
    return i - 1


def entry_point(argv):  # reveal: (list[str]) -> int
    n = len(argv)
    lst = [n - 4, n * 3, 5 - n]
    r = collatz(n * 27 - 1) + find_first(lst, n - 4) + sum_odd(lst)
    if contains_negative(lst):
        r += 1
    return r + len(first_word(argv[0] + " x")) + space_index(argv[0])


def target(driver, args):
    return entry_point
