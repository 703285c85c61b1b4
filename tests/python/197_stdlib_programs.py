# small programs combining the app-level library modules
from collections import deque, defaultdict, Counter, namedtuple
from functools import lru_cache, reduce, partial
from itertools import permutations, accumulate, groupby, count, islice
import heapq
import bisect
import operator

Edge = namedtuple("Edge", "src dst weight")
edges = [Edge("a", "b", 4), Edge("a", "c", 1), Edge("c", "b", 2), Edge("b", "d", 5),
         Edge("c", "d", 8), Edge("d", "e", 3)]
graph = defaultdict(list)
for e in edges:
    graph[e.src].append((e.dst, e.weight))
    graph[e.dst].append((e.src, e.weight))


def dijkstra(start):
    dist = {start: 0}
    queue = [(0, start)]
    while queue:
        d, node = heapq.heappop(queue)
        if d > dist.get(node, 1 << 60):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, 1 << 60):
                dist[nxt] = nd
                heapq.heappush(queue, (nd, nxt))
    return dict(sorted(dist.items()))


def bfs(start):
    seen = {start}
    order = []
    todo = deque([start])
    while todo:
        node = todo.popleft()
        order.append(node)
        for nxt, _ in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return order


print(dijkstra("a"))
print(bfs("a"))


@lru_cache(maxsize=None)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


print(edit_distance("kitten", "sitting"), edit_distance("intention", "execution"))

text = """the cat sat on the mat the dog sat on the log"""
freq = Counter(text.split())
print(freq.most_common(3))
by_len = {k: sorted(g) for k, g in groupby(sorted(set(text.split()), key=len), key=len)}
print(by_len)

cities = {"a": (0, 0), "b": (3, 4), "c": (6, 0), "d": (3, -4)}


def tour_length(order):
    total = 0.0
    for p, q in zip(order, order[1:] + order[:1]):
        (x1, y1), (x2, y2) = cities[p], cities[q]
        total += ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5
    return total


best = min(permutations(cities), key=tour_length)
print(best, round(tour_length(best), 3))
print(list(accumulate(range(1, 11), operator.mul))[-1], reduce(operator.or_, [1, 2, 4, 8]))
primes = []
for n in count(2):
    if all(n % p for p in primes):
        primes.append(n)
    if len(primes) == 15:
        break
print(primes, bisect.bisect(primes, 20), list(islice(map(partial(pow, 2), primes), 4)))
scores = [("ann", 91), ("bob", 78), ("cid", 91), ("dan", 60)]
print(sorted(scores, key=operator.itemgetter(1, 0), reverse=True))
print(heapq.nlargest(2, scores, key=operator.itemgetter(1)))
