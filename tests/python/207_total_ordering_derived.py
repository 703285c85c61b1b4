"""functools.total_ordering from each root comparison: results, names and qualnames of the derived methods; Counter.elements; heapq basics."""
from functools import total_ordering, lru_cache, cache
@total_ordering
class A:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __le__(s, o): return s.v <= o.v
@total_ordering
class B:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __gt__(s, o): return s.v > o.v
for C in (A, B):
    x, y = C(1), C(2)
    print(x < y, x > y, x <= y, x >= y, x < x, x <= x, x >= x, x > x)
    print(C.__lt__.__name__, C.__lt__.__qualname__, C.__ge__.__qualname__)
print(A.__lt__.__doc__ is not None)
from collections import Counter
print(sorted(Counter("abracadabra").elements()))
import heapq; h=[5,1,4]; heapq.heapify(h); print(h, heapq.nsmallest(2,[3,1,2]), heapq.nlargest(2,[3,1,2]))
