"""collections.deque, a double-ended queue (part of the app-level
`collections` package of pyinterp; `collections` re-exports it)."""


class deque:
    """deque([iterable[, maxlen]]) --> deque object

    A list-like sequence optimized for data accesses near its endpoints.
    Stored as a ring buffer: items at _data[(_head + i) % len(_data)]."""

    __module__ = 'collections'

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("'%s' object cannot be interpreted as an "
                                "integer" % type(maxlen).__name__)
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._data = [None] * 8
        self._head = 0
        self._size = 0
        self._state = 0         # changes on every mutation
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    # --- the ring buffer
    def _grow(self):
        old = self._data
        n = len(old)
        head = self._head
        self._data = old[head:] + old[:head] + [None] * n
        self._head = 0

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError('sequence index must be integer, not %r'
                            % type(i).__name__)
        size = self._size
        if i < 0:
            i += size
        if i < 0 or i >= size:
            raise IndexError('deque index out of range')
        return (self._head + i) % len(self._data)

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        if self._maxlen is not None and self._size >= self._maxlen:
            if self._maxlen == 0:
                return
            self._popleft()
        if self._size == len(self._data):
            self._grow()
        self._data[(self._head + self._size) % len(self._data)] = x
        self._size += 1

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._maxlen is not None and self._size >= self._maxlen:
            if self._maxlen == 0:
                return
            self._pop()
        if self._size == len(self._data):
            self._grow()
        self._head = (self._head - 1) % len(self._data)
        self._data[self._head] = x
        self._size += 1

    def _pop(self):
        i = (self._head + self._size - 1) % len(self._data)
        x = self._data[i]
        self._data[i] = None
        self._size -= 1
        return x

    def _popleft(self):
        i = self._head
        x = self._data[i]
        self._data[i] = None
        self._head = (i + 1) % len(self._data)
        self._size -= 1
        return x

    def pop(self):
        """Remove and return the rightmost element."""
        if self._size == 0:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        if self._size == 0:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._popleft()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the
        iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the
        iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._data = [None] * 8
        self._head = 0
        self._size = 0

    def copy(self):
        """Return a shallow copy of a deque."""
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        n = 0
        for x in self:
            if x is value or x == value:
                n += 1
        return n

    def index(self, value, start=0, stop=None):
        """Return first index of value."""
        size = self._size
        if stop is None or stop > size:
            stop = size
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop += size
        state = self._state
        for i in range(start, stop):
            x = self._data[(self._head + i) % len(self._data)]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        if self._maxlen is not None and self._size >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = list(self)
        items.insert(index, value)
        self._replace_items(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        for i in range(self._size):
            x = self._data[(self._head + i) % len(self._data)]
            if x is value or x == value:
                del self[i]
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = list(self)
        items.reverse()
        self._replace_items(items)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is
        negative, rotates left."""
        size = self._size
        if size <= 1:
            return
        n %= size
        if n == 0:
            return
        self._state += 1
        if n <= size // 2:
            for _ in range(n):
                x = self._pop()
                self._head = (self._head - 1) % len(self._data)
                self._data[self._head] = x
                self._size += 1
        else:
            for _ in range(size - n):
                x = self._popleft()
                self._data[(self._head + self._size) % len(self._data)] = x
                self._size += 1

    def _replace_items(self, items):
        self._state += 1
        cap = 8
        while cap < len(items):
            cap *= 2
        self._data = items + [None] * (cap - len(items))
        self._head = 0
        self._size = len(items)

    # --- the sequence protocol
    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size != 0

    def __iter__(self):
        state = self._state
        data = self._data
        for i in range(self._size):
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            yield data[(self._head + i) % len(data)]
        if state != self._state:
            raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        state = self._state
        data = self._data
        for i in range(self._size - 1, -1, -1):
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            yield data[(self._head + i) % len(data)]

    def __contains__(self, value):
        for x in self:
            if x is value or x == value:
                return True
        return False

    def __getitem__(self, index):
        return self._data[self._index(index)]

    def __setitem__(self, index, value):
        self._data[self._index(index)] = value

    def __delitem__(self, index):
        self._index(index)
        items = list(self)
        del items[index]
        self._replace_items(items)

    def __repr__(self):
        items = repr(list(self))
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%s)' % (name, items)
        return '%s(%s, maxlen=%d)' % (name, items, self._maxlen)

    __hash__ = None

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) != list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self)
        if n <= 0:
            self.clear()
        else:
            for _ in range(n - 1):
                self.extend(items)
        return self

    def __reduce__(self):
        return (self.__class__, (list(self), self._maxlen))
