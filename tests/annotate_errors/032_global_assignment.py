# error: assignment to the module global 'counter' at run time is not RPython; keep mutable state in an attribute of a prebuilt instance (the front end may report this before the annotator)
# at: "global counter"
# provenance: "counter = counter + 1" (the assignment)
counter = 0


def bump():
    global counter
    counter = counter + 1
    return counter


def entry_point(argv):
    if len(argv) > 3:
        return bump()
    return 0


def target(driver, args):
    return entry_point
