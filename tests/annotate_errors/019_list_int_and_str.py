# error: the list 'items' would hold both ints and strs (list items must have one type)
# at: "items.append(argv[0])"
# provenance: "items = [len(argv)]" (list of int)


def entry_point(argv):
    items = [len(argv)]
    items.append(argv[0])
    return len(items)


def target(driver, args):
    return entry_point
