# A block that reads a list item (or dict value) before storing a more
# general one is reflowed: the read sees the final item type, not the
# `Literal[0]` of `[0] * n`.
def prefix_sums(values):  # reveal: (list[int(nonneg)]) -> list[int(nonneg)]
    out = [0] * (len(values) + 1)
    for i in range(len(values)):
        out[i + 1] = out[i] + values[i]
    return out


def count(words):  # reveal: (list[str]) -> dict[str, int(nonneg)]
    d = {}
    for w in words:
        d[w] = 0
    for w in words:
        d[w] = d[w] + 1
    return d


def entry_point(argv):  # reveal: (list[str]) -> int(nonneg)
    ps = prefix_sums([3, 1, 4])
    return ps[3] + len(count(argv))


def target(driver, args):
    return entry_point
