# A user module named like a standard one: found first on sys.path.
SHADOW = "user heapq"


def heappush(heap, item):
    heap.insert(0, item)
