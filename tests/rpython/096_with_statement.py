"""`with` statement on user classes with __enter__/__exit__: ordering of enter/exit, exit on exception, nesting."""


class Journal(object):
    def __init__(self):
        self.lines = []


J = Journal()


class Section(object):
    def __init__(self, name):
        self.name = name
        self.depth = 0

    def __enter__(self):
        J.lines.append("enter " + self.name)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        J.lines.append("exit " + self.name)
        return False

    def note(self, s):
        J.lines.append("  [%s] %s" % (self.name, s))


class Failure(Exception):
    pass


def work(fail):
    with Section("work") as s:
        s.note("starting")
        if fail:
            raise Failure()
        s.note("finished")
    return "done"


def entry_point(argv):
    with Section("outer") as o:
        o.note("hello")
        with Section("inner") as i:
            i.note("nested")
        o.note("back in outer")
    print(work(False))
    try:
        work(True)
    except Failure:
        print("failure propagated out of with")
    for k in range(3):
        with Section("loop%d" % k) as s:
            if k == 1:
                continue
            s.note("body")
    for line in J.lines:
        print(line)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
