"""Maps ("hidden classes") for the attributes of user instances: instances
whose attributes were added in the same order share a Map giving each
name's index in their `storage_w` list, so inline caches can remember
(map, index) instead of looking names up.  An instance falls back to a
plain dict (its map becomes None) when its __dict__ is asked for, when an
attribute is deleted, or past MAX_ATTRS attributes."""

MAX_ATTRS = 64


class Map(object):
    def __init__(self, names):
        self.names = names          # attribute names by storage index
        self.indexes = {}           # name -> storage index
        for i in range(len(names)):
            self.indexes[names[i]] = i
        self.transitions = {}       # name -> the Map with name appended

    def index(self, name):
        return self.indexes.get(name, -1)

    def with_attr(self, name):
        m = self.transitions.get(name, None)
        if m is None:
            names = self.names[:]
            names.append(name)
            m = Map(names)
            self.transitions[name] = m
        return m


EMPTY_MAP = Map([])
