"""heapq: the heap queue algorithm on plain lists (app-level module of
pyinterp, written from the documentation of CPython's `heapq`).

A heap is a list with heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2];
heap[0] is the smallest item."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, name):
    if not isinstance(heap, list):
        raise TypeError('%s() argument 1 must be list, not %s'
                        % (name, type(heap).__name__))


def _sift_up(heap, pos, start=0):
    """Moves heap[pos] towards the root (not above index `start`) while it
    is smaller than its parent."""
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    """Moves heap[pos] down to a leaf along the path of smaller children,
    then up to its place (fewer comparisons than stopping early)."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up(heap, pos, start)


def heappush(heap, item):
    """Adds item to the heap (the smallest item stays at index 0)."""
    _check_list(heap, 'heappush')
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap
    invariant."""
    _check_list(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        result = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return result
    return last


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item
    (the heap size does not change)."""
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    result = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return result


def heappushpop(heap, item):
    """heappush(heap, item) then heappop(heap), in one sift."""
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(x):
    """Reorders the list x in place into a heap (linear time)."""
    _check_list(x, 'heapify')
    for i in range(len(x) // 2 - 1, -1, -1):
        _sift_down(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output (a
    generator); equal items come out in the order of their inputs."""
    # entries: [sort key, input number, value, iterator]; the input number
    # breaks ties so that the merge is stable (and values never compared)
    entries = []
    sign = -1 if reverse else 1
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            k = value if key is None else key(value)
            entries.append(_MergeEntry(k, order * sign, value, it, reverse))
            break
    heapify(entries)
    while entries:
        entry = entries[0]
        yield entry.value
        for value in entry.it:
            entry.key = value if key is None else key(value)
            entry.value = value
            heapreplace(entries, entry)
            break
        else:
            heappop(entries)


class _MergeEntry:
    __slots__ = ('key', 'order', 'value', 'it', 'reverse')

    def __init__(self, key, order, value, it, reverse):
        self.key = key
        self.order = order
        self.value = value
        self.it = it
        self.reverse = reverse

    def __lt__(self, other):
        if self.reverse:
            if other.key < self.key:
                return True
            if self.key < other.key:
                return False
            return other.order < self.order
        if self.key < other.key:
            return True
        if other.key < self.key:
            return False
        return self.order < other.order


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, as sorted(iterable, key=key)[:n]
    gives them."""
    if n <= 0:
        return []
    if key is None:
        result = sorted(iterable)
    else:
        result = sorted(iterable, key=key)
    return result[:n]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, as sorted(iterable, key=key,
    reverse=True)[:n] gives them."""
    if n <= 0:
        return []
    if key is None:
        result = sorted(iterable, reverse=True)
    else:
        result = sorted(iterable, key=key, reverse=True)
    return result[:n]
