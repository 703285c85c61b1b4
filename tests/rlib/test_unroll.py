from rpython.rlib.unroll import SpecTag, unrolling_iterable


def test_unrolling_iterable():
    items = [1, 'two', 3.0]
    it = unrolling_iterable(items)
    items.append('late')                   # a snapshot is stored
    assert list(it) == [1, 'two', 3.0]
    assert list(it) == [1, 'two', 3.0]     # iterable more than once
    assert len(it) == 3
    assert it[1] == 'two'
    assert repr(it) == "unrolling_iterable((1, 'two', 3.0))"


def test_unrolling_iterable_from_generator_and_add():
    it = unrolling_iterable(x * x for x in range(4))
    assert list(it) == [0, 1, 4, 9]
    both = it + unrolling_iterable([16])
    assert isinstance(both, unrolling_iterable)
    assert list(both) == [0, 1, 4, 9, 16]
    assert len(unrolling_iterable()) == 0


def test_unrolling_iterable_in_a_loop():
    ops = unrolling_iterable([('add', lambda a, b: a + b),
                              ('mul', lambda a, b: a * b)])

    def dispatch(name, a, b):
        for opname, func in ops:
            if opname == name:
                return func(a, b)
        return -1
    assert dispatch('mul', 6, 7) == 42
    assert dispatch('add', 6, 7) == 13
    assert dispatch('sub', 6, 7) == -1


def test_spectag():
    a, b = SpecTag(), SpecTag()
    assert a is not b and a != b
    assert a._freeze_() is True
    assert repr(a).startswith('SpecTag(0x')
