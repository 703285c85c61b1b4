"""itertools: functions creating iterators for efficient looping
(app-level module of pyinterp, written from the documentation of CPython's
`itertools`).  The iterators are classes (`count`, `repeat`, `cycle`,
`chain`...) whose instances iterate over a generator made by their
constructor; the constructors check their arguments eagerly like
CPython's."""

__all__ = ['accumulate', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile',
           'tee', 'zip_longest']

_MAXSIZE = 9223372036854775807


class _Iterator:
    """Base of the iterator classes: next() resumes the generator _gen."""

    __slots__ = ('_gen',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _check_iterable(obj):
    return iter(obj)


def _check_int(obj, what):
    if not isinstance(obj, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(obj).__name__)
    return obj


# ---------------------------------------------------------------- infinite iterators

class count:
    """count(start=0, step=1) --> count object

    Return a count object whose .__next__() method returns consecutive
    values."""

    __slots__ = ('_value', '_step')

    def __init__(self, start=0, step=1):
        for x in (start, step):
            if not isinstance(x, (int, float)) and \
                    not hasattr(type(x), '__index__') and \
                    not hasattr(type(x), '__float__'):
                raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1 and not isinstance(step, bool):
            return 'count(%r)' % (self._value,)
        return 'count(%r, %r)' % (self._value, step)


class cycle(_Iterator):
    """cycle(iterable) --> cycle object

    Return elements from the iterable until it is exhausted, then repeat
    the sequence indefinitely."""

    __slots__ = ()

    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            for element in saved:
                yield element


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the
    object for the specified number of times (forever if not given)."""

    __slots__ = ('_object', '_times')

    def __init__(self, object, times=None):
        if times is not None:
            _check_int(times, 'times')
            if times < 0:
                times = 0
        self._object = object
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)


# ---------------------------------------------------------------- terminating on the shortest input

class accumulate(_Iterator):
    """Return series of accumulated sums (or other binary function
    results)."""

    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, initial):
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        if func is None:
            for element in it:
                total = total + element
                yield total
        else:
            for element in it:
                total = func(total, element)
                yield total


class chain(_Iterator):
    """chain(*iterables) --> chain object

    Return a chain object whose .__next__() method returns elements from
    the first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    __slots__ = ()

    def __init__(self, *iterables):
        self._gen = self._run(iterables)

    @staticmethod
    def _run(iterables):
        for it in iterables:
            yield from it

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable
        argument that evaluates lazily."""
        result = cls.__new__(cls)
        result._gen = cls._run(iter(iterable))
        return result


class compress(_Iterator):
    """Return data elements corresponding to true selector elements."""

    __slots__ = ()

    def __init__(self, data, selectors):
        self._gen = self._run(iter(data), iter(selectors))

    @staticmethod
    def _run(data, selectors):
        for d, s in zip(data, selectors):
            if s:
                yield d


class dropwhile(_Iterator):
    """Drop items from the iterable while predicate(item) is true;
    afterwards, return every element until the iterable is exhausted."""

    __slots__ = ()

    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x


class takewhile(_Iterator):
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""

    __slots__ = ()

    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if predicate(x):
                yield x
            else:
                break


class filterfalse(_Iterator):
    """Return those items of iterable for which function(item) is false
    (the false items themselves if function is None)."""

    __slots__ = ()

    def __init__(self, function, iterable):
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        if function is None:
            for x in it:
                if not x:
                    yield x
        else:
            for x in it:
                if not function(x):
                    yield x


class _Grouper:
    """The iterator over one group of groupby."""

    __slots__ = ('_parent', '_key', '_gen')

    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._current_grouper is not self:
            raise StopIteration
        if parent._tgtkey_valid is False:
            parent._step()
        if parent._exhausted or not (parent._currkey == self._key):
            raise StopIteration
        value = parent._currvalue
        parent._tgtkey_valid = False
        return value


class groupby:
    """groupby(iterable, key=None) -> make an iterator that returns
    consecutive keys and groups from the iterable (key defaults to the
    identity)."""

    __slots__ = ('_it', '_keyfunc', '_currkey', '_currvalue',
                 '_tgtkey_valid', '_exhausted', '_current_grouper')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._currkey = None
        self._currvalue = None
        self._tgtkey_valid = False   # True: _currvalue not yet consumed
        self._exhausted = False
        self._current_grouper = None

    def _step(self):
        try:
            value = next(self._it)
        except StopIteration:
            self._exhausted = True
            raise
        self._currvalue = value
        if self._keyfunc is None:
            self._currkey = value
        else:
            self._currkey = self._keyfunc(value)
        self._tgtkey_valid = True

    def __iter__(self):
        return self

    def __next__(self):
        grouper = self._current_grouper
        self._current_grouper = None
        if self._exhausted:
            raise StopIteration
        if not self._tgtkey_valid:
            self._step()
        if grouper is not None:
            # skip the rest of the previous group
            while self._currkey == grouper._key:
                self._tgtkey_valid = False
                self._step()
        key = self._currkey
        grouper = _Grouper(self, key)
        self._current_grouper = grouper
        return (key, grouper)


class islice(_Iterator):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable."""

    __slots__ = ()

    def __init__(self, iterable, *args):
        nargs = len(args)
        if nargs == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if nargs > 3:
            raise TypeError('islice expected at most 4 arguments, got %d'
                            % (nargs + 1))
        if nargs == 1:
            start, stop, step = None, args[0], None
        else:
            start = args[0]
            stop = args[1]
            step = args[2] if nargs == 3 else None
        if stop is not None and (not isinstance(stop, int) or stop < 0):
            raise ValueError('Stop argument for islice() must be None or an '
                             'integer: 0 <= x <= sys.maxsize.')
        if start is None:
            start = 0
        elif not isinstance(start, int) or start < 0:
            raise ValueError('Indices for islice() must be None or an '
                             'integer: 0 <= x <= sys.maxsize.')
        if step is None:
            step = 1
        elif not isinstance(step, int) or step <= 0:
            raise ValueError('Step for islice() must be a positive integer '
                             'or None.')
        self._gen = self._run(iter(iterable), start, stop, step)

    @staticmethod
    def _run(it, start, stop, step):
        # cnt: items read from `it`; nxt: the index of the next item to
        # return (clamped to stop); items are read lazily like CPython's
        cnt = 0
        nxt = start
        while True:
            while cnt < nxt:
                try:
                    next(it)
                except StopIteration:
                    return
                cnt += 1
            if stop is not None and cnt >= stop:
                return
            try:
                item = next(it)
            except StopIteration:
                return
            cnt += 1
            nxt += step
            if stop is not None and nxt > stop:
                nxt = stop
            yield item


class pairwise(_Iterator):
    """Return an iterator of overlapping pairs taken from the input
    iterator: s -> (s0,s1), (s1,s2), (s2, s3), ..."""

    __slots__ = ()

    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield (a, b)
            a = b


class starmap(_Iterator):
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""

    __slots__ = ()

    def __init__(self, function, iterable):
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        for args in it:
            yield function(*args)


class zip_longest(_Iterator):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest
    object

    Tuples of the i-th elements of the iterables, missing values filled in
    with fillvalue, until the longest iterable is exhausted."""

    __slots__ = ()

    def __init__(self, *iterables, fillvalue=None):
        self._gen = self._run([iter(it) for it in iterables], fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        active = len(iterators)
        if not active:
            return
        while True:
            values = []
            for i in range(len(iterators)):
                it = iterators[i]
                if it is None:
                    values.append(fillvalue)
                    continue
                try:
                    value = next(it)
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    iterators[i] = None
                    value = fillvalue
                values.append(value)
            yield tuple(values)


class _TeeData:
    """The values read from the iterator shared by tee()'s iterators."""

    __slots__ = ('it', 'values', 'base')

    def __init__(self, it):
        self.it = it
        self.values = []        # values[k] is element number base + k
        self.base = 0


class _tee:
    """One of the iterators returned by tee()."""

    __slots__ = ('_data', '_pos')

    def __init__(self, data, pos):
        self._data = data
        self._pos = pos

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        k = self._pos - data.base
        if k < len(data.values):
            value = data.values[k]
        else:
            value = next(data.it)
            data.values.append(value)
        self._pos += 1
        return value

    def __copy__(self):
        return _tee(self._data, self._pos)


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    _check_int(n, 'n')
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        data = it._data
        pos = it._pos
        return tuple([it] + [_tee(data, pos) for _ in range(n - 1)])
    data = _TeeData(it)
    return tuple([_tee(data, 0) for _ in range(n)])


# ---------------------------------------------------------------- combinatorics

class product(_Iterator):
    """product(*iterables, repeat=1) --> product object

    Cartesian product of input iterables; equivalent to nested for-loops."""

    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        _check_int(repeat, 'repeat')
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        n = len(pools)
        for pool in pools:
            if not pool:
                return
        indices = [0] * n
        yield tuple([pool[0] for pool in pools])
        while True:
            i = n - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            if i < 0:
                return
            yield tuple([pools[j][indices[j]] for j in range(n)])


class permutations(_Iterator):
    """permutations(iterable[, r]) --> permutations object

    Return successive r-length permutations of elements in the iterable."""

    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            if not isinstance(r, int):
                raise TypeError('Expected int as r')
            if r < 0:
                raise ValueError('r must be non-negative')
        self._gen = self._run(pool, n, r)

    @staticmethod
    def _run(pool, n, r):
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple([pool[i] for i in indices[:r]])
        while n:
            i = r - 1
            while i >= 0:
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple([pool[k] for k in indices[:r]])
                    break
                i -= 1
            if i < 0:
                return


class _Choices(_Iterator):
    """The constructor shared by combinations and
    combinations_with_replacement: the pool and a length r >= 0."""

    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        _check_int(r, 'r')
        if r < 0:
            raise ValueError('r must be non-negative')
        self._gen = self._run(pool, r)


class combinations(_Choices):
    """combinations(iterable, r) --> combinations object

    Return successive r-length combinations of elements in the iterable."""

    __slots__ = ()

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple([pool[i] for i in indices])
        while True:
            i = r - 1
            while i >= 0 and indices[i] == i + n - r:
                i -= 1
            if i < 0:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple([pool[k] for k in indices])


class combinations_with_replacement(_Choices):
    """combinations_with_replacement(iterable, r) --> object

    Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""

    __slots__ = ()

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple([pool[i] for i in indices])
        while True:
            i = r - 1
            while i >= 0 and indices[i] == n - 1:
                i -= 1
            if i < 0:
                return
            value = indices[i] + 1
            for j in range(i, r):
                indices[j] = value
            yield tuple([pool[k] for k in indices])
