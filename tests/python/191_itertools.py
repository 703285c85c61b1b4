# itertools (app-level library module)
import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress,
                       dropwhile, takewhile, filterfalse, groupby, islice,
                       pairwise, starmap, tee, zip_longest, product,
                       permutations, combinations, combinations_with_replacement)
import operator


def show_error(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


c = count(5)
print(next(c), next(c), c, count(), count(1, 2), count(2.5, 0.5))
print(list(islice(count(10, -3), 4)), list(zip("abc", count())))
print(list(islice(cycle("ab"), 5)), list(cycle([])))
r = repeat("x", 3)
print(r, list(r), r, repeat(7), list(islice(repeat(7), 2)), list(repeat(1, -2)))
print(list(map(pow, range(4), repeat(2))))
show_error(lambda: count("a"))
show_error(lambda: repeat(1, "a"))

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)),
      list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=100)),
      list(accumulate([])))
print(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["xy", "z"])), list(chain()))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])),
      list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
groups = groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)),
      list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)),
      list(islice(range(10), 1, 8, 3)))
it = iter(range(10))
print(list(islice(it, 0, 5, 3)), next(it))
show_error(lambda: islice("abc", -1))
show_error(lambda: islice("abc", 1, 2, 0))
show_error(lambda: islice("abc"))
print(list(pairwise("ABCDE")), list(pairwise("A")))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a), len(tee("ab", 3)))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest("ab", [1])))
print(list(product("AB", "xy")), list(product(range(2), repeat=3))[:4], list(product()))
print(len(list(product("abc", repeat=2))), list(product("ab", [])))
print(list(permutations("ABC", 2)), len(list(permutations(range(4)))), list(permutations([], 0)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("AB", 3)))
print(list(combinations_with_replacement("ABC", 2)))
show_error(lambda: combinations("abc", -1))
show_error(lambda: permutations("abc", "x"))
print(sum(1 for _ in permutations(range(6))), sum(1 for _ in combinations(range(10), 4)))
