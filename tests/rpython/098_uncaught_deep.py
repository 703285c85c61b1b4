"""An uncaught custom exception raised several calls deep, carrying an attribute, after partial output (exit 1)."""


class ConfigError(Exception):
    def __init__(self, key):
        Exception.__init__(self, "missing config key " + key)
        self.key = key


CONFIG = {"host": "localhost", "port": "8080"}


def lookup(key):
    if key not in CONFIG:
        raise ConfigError(key)
    return CONFIG[key]


def describe(key):
    return key + "=" + lookup(key)


def report(keys):
    for k in keys:
        print(describe(k))


def entry_point(argv):
    try:
        report(["host", "nothere"])
    except ConfigError as e:
        print("handled missing key:", e.key)
    report(["port", "host", "user"])
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
