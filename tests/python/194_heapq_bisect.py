# heapq and bisect (app-level library modules)
import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge
import bisect


def show_error(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heappush(h, v)
print(h, h[0], [heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 2, 6]
heapify(data)
print(data, heapreplace(data, 5), data, heappushpop(data, 0), heappushpop(data, 3), data)
tasks = []
heappush(tasks, (2, "write"))
heappush(tasks, (1, "plan"))
heappush(tasks, (3, "test"))
print([heappop(tasks)[1] for _ in range(3)])
print(nlargest(3, [1, 8, 2, 9, 4]), nsmallest(2, [5, 1, 4, 0]), nlargest(2, ["a", "ccc", "bb"], key=len))
print(nsmallest(3, [(1, "b"), (1, "a"), (0, "z")]), nlargest(0, [1]), nsmallest(5, [3, 1]))
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(merge([], [1])))
print(list(merge(["a", "ccc"], ["bb"], key=len)), list(merge([7, 3, 1], [8, 2], reverse=True)))
show_error(lambda: heappop([]))
show_error(lambda: heapreplace([], 1))
show_error(lambda: heappush((), 1))
rnd = [(i * 7919) % 101 for i in range(200)]
heapify(rnd)
out = []
while rnd:
    out.append(heappop(rnd))
print(out == sorted(out), out[:5], out[-3:])

a = [1, 2, 4, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4),
      bisect.bisect_left(a, 0), bisect.bisect_right(a, 100), bisect.bisect_left(a, 4, 4),
      bisect.bisect_right(a, 4, 0, 3))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
bisect.insort_right(a, 9)
print(a)
records = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(records, 3, key=lambda r: r[1]), bisect.bisect_right(records, 3, key=lambda r: r[1]))
bisect.insort(records, ("x", 4), key=lambda r: r[1])
bisect.insort_left(records, ("y", 1), key=lambda r: r[1])
print(records)


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
show_error(lambda: bisect.bisect_left([1], 1, -1))
