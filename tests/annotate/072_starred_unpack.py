# Starred assignment from a list gives a list of the same item type; the
# slice stop `len - after` is proven non-negative by the length check.
def split(words):  # reveal: (list[str]) -> str
    first, *rest = words
    return first + str(len(rest))


def ends(nums):  # reveal: (list[int]) -> list[int]
    a, *mid, z = nums
    mid.append(a + z)
    return mid


def entry_point(argv):  # reveal: (list[str]) -> int(nonneg)
    s = split(argv)
    m = ends([len(a) - 1 for a in argv])
    return len(s) + len(m)


def target(driver, args):
    return entry_point
