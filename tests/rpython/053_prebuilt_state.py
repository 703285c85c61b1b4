"""Prebuilt mutable state: a module-level singleton instance whose attributes (list, dict, counters) are mutated at run time."""


class Registry(object):
    def __init__(self):
        self.names = []
        self.index = {}
        self.counter = 0
        self.log = []

    def register(self, name):
        if name in self.index:
            return self.index[name]
        self.counter += 1
        self.names.append(name)
        self.index[name] = self.counter
        self.log.append("reg " + name)
        return self.counter


REGISTRY = Registry()
REGISTRY.register("builtin")        # done at import time
REGISTRY.register("core")


class Stats(object):
    def __init__(self):
        self.calls = 0
        self.total = 0.0


STATS = Stats()


def record(x):
    STATS.calls += 1
    STATS.total += x


def entry_point(argv):
    print("prebuilt:", REGISTRY.counter, ",".join(REGISTRY.names))
    for w in "alpha beta core alpha gamma builtin".split():
        print(w, "->", REGISTRY.register(w))
    print("names:", ",".join(REGISTRY.names))
    print("log:", "; ".join(REGISTRY.log))
    for i in range(10):
        record(i * 0.5)
    print("stats:", STATS.calls, STATS.total)
    REGISTRY.index.clear()
    print("after clear:", len(REGISTRY.index), len(REGISTRY.names))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
