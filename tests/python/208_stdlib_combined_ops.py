"""Counter arithmetic (+ - | & with negative and missing counts), combinations constructors, heap sifting order, Template substitution with keywords overriding a mapping."""
from collections import Counter
from itertools import combinations, combinations_with_replacement
import heapq, string
a = Counter(a=3, b=1, c=-2); b = Counter(a=1, b=2, d=4, e=-1)
for r in (a + b, a - b, a | b, a & b, b - a, b & a): print(r)
print(a.__add__(5), list(combinations("abcd", 2)), list(combinations_with_replacement("ab", 3)))
try: combinations("ab", -1)
except ValueError as e: print(e)
h = []
for x in [9, 3, 7, 1, 8, 2, 6, 2]: heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(4)], h)
l = [5, 3, 8, 1, 9, 2]; heapq.heapify(l); print(l, heapq.heapreplace(l, 7), l)
t = string.Template("$x and ${y}")
print(t.substitute({"x": 1, "y": 2}, y=3), t.safe_substitute(x=4), t.substitute(x=1, y=2))
