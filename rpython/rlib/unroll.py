"""Loops unrolled at translation time.

`unrolling_iterable(items)` is a constant sequence: a `for` loop over it is
unrolled by the translator, so each iteration sees its item as a constant.
Untranslated it is an ordinary immutable sequence.  `SpecTag` is a frozen
marker object.
"""


class unrolling_iterable(object):
    """An immutable sequence whose `for` loops the translator unrolls."""

    _immutable_ = True

    def __init__(self, iterable=()):
        self._items = tuple(iterable)

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __getitem__(self, index):
        return self._items[index]

    def __add__(self, other):
        return unrolling_iterable(self._items + tuple(other))

    def __repr__(self):
        return 'unrolling_iterable(%r)' % (self._items,)


class SpecTag(object):
    """A unique constant marker, frozen at translation time."""

    def __repr__(self):
        return 'SpecTag(0x%x)' % id(self)

    def _freeze_(self):
        return True
