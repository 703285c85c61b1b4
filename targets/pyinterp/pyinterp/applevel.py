"""The app-level library: standard modules written in Python (`operator`,
`functools`, `itertools`, `collections`, `heapq`, `bisect`, `copy`,
`string`) in `targets/pyinterp/lib/`, run by the interpreter itself like
user modules.

Their sources are read when this module is imported (at translation time
for pypy-c), into the prebuilt table `LIB_MODULES`:
{module name: (source, is_package)}; `modules.import_module` consults it
after the directories of sys.path, so a user's module of the same name next
to the script shadows it."""

import os

LIB_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "lib")

# what __file__ of an embedded module starts with
LIB_PREFIX = "<pyinterp>/lib/"


def read_source(path):
    f = open(path)
    try:
        return f.read()
    finally:
        f.close()


def collect(directory, prefix, table):
    """Adds the modules of `directory` (sorted, so the table's order is
    deterministic) to `table`; packages are directories with __init__.py."""
    entries = os.listdir(directory)
    entries.sort()
    for entry in entries:
        path = os.path.join(directory, entry)
        if os.path.isdir(path):
            init = os.path.join(path, "__init__.py")
            if os.path.isfile(init):
                table[prefix + entry] = (read_source(init), True)
                collect(path, prefix + entry + ".", table)
        elif entry.endswith(".py"):
            table[prefix + entry[:-3]] = (read_source(path), False)


def load_table():
    table = {}
    collect(LIB_DIR, "", table)
    return table


LIB_MODULES = load_table()


def lib_filename(name, is_package):
    """The __file__ of embedded module `name`."""
    base = LIB_PREFIX + name.replace(".", "/")
    if is_package:
        return base + "/__init__.py"
    return base + ".py"
