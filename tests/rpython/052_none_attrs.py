"""None-able instance attributes and None-able strs/lists; narrowing with `is None` / `is not None`."""


class Entry(object):
    def __init__(self, name):
        self.name = name
        self.parent = None
        self.note = None
        self.children = None

    def add_child(self, child):
        if self.children is None:
            self.children = []
        self.children.append(child)
        child.parent = self

    def path(self):
        if self.parent is None:
            return self.name
        return self.parent.path() + "/" + self.name

    def describe(self):
        note = self.note
        if note is None:
            note = "<no note>"
        n = 0
        if self.children is not None:
            n = len(self.children)
        return "%s children=%d note=%s" % (self.path(), n, note)


def find(root, name):
    if root.name == name:
        return root
    if root.children is not None:
        for c in root.children:
            r = find(c, name)
            if r is not None:
                return r
    return None


def lookup_name(names, i):
    if 0 <= i < len(names):
        return names[i]
    return None


def entry_point(argv):
    root = Entry("root")
    usr = Entry("usr")
    root.add_child(usr)
    lib = Entry("lib")
    usr.add_child(lib)
    bin = Entry("bin")
    usr.add_child(bin)
    bin.note = "executables"
    root.add_child(Entry("etc"))
    for name in ["root", "usr", "bin", "lib", "etc", "missing"]:
        e = find(root, name)
        if e is None:
            print(name, "not found")
        else:
            print(e.describe())
    names = ["a", "b"]
    for i in [0, 1, 2, -1]:
        s = lookup_name(names, i)
        if s is not None:
            print("name", i, s.upper())
        else:
            print("name", i, "None")
    lib.note = None
    print(lib.describe())
    print("parent of lib is usr:", lib.parent is usr, "root parent None:", root.parent is None)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
