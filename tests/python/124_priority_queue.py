def heappush(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[i] < heap[parent]:
            heap[i], heap[parent] = heap[parent], heap[i]
            i = parent
        else:
            break
def heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    i, n = 0, len(heap)
    while True:
        l, r = 2 * i + 1, 2 * i + 2
        smallest = i
        if l < n and heap[l] < heap[smallest]:
            smallest = l
        if r < n and heap[r] < heap[smallest]:
            smallest = r
        if smallest == i:
            break
        heap[i], heap[smallest] = heap[smallest], heap[i]
        i = smallest
    return top
class PriorityQueue:
    def __init__(self):
        self.heap = []
        self.counter = 0
    def push(self, prio, task):
        heappush(self.heap, (prio, self.counter, task))
        self.counter += 1
    def pop(self):
        prio, _, task = heappop(self.heap)
        return prio, task
    def __bool__(self):
        return bool(self.heap)
pq = PriorityQueue()
for prio, task in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship"), (2, "test")]:
    pq.push(prio, task)
while pq:
    print(pq.pop())
data = [9, 4, 7, 1, 8, 2, 2, 6]
h = []
for x in data:
    heappush(h, x)
print([heappop(h) for _ in range(len(data))])
graph = {"A": [("B", 4), ("C", 1)], "B": [("D", 1)], "C": [("B", 2), ("D", 5)], "D": []}
def dijkstra(src):
    dist = {src: 0}
    heap = [(0, src)]
    while heap:
        d, u = heappop(heap)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heappush(heap, (nd, v))
    return dist
print(sorted(dijkstra("A").items()))
