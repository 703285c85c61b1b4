# error: the inner lists of 'grid' would hold both ints and strs (all inner lists share one item type)
# at: "grid.append([argv[0]])"
# provenance: "grid = [[0, 1], [len(argv)]]" (inner lists of int)


def entry_point(argv):
    grid = [[0, 1], [len(argv)]]
    grid.append([argv[0]])
    return len(grid)


def target(driver, args):
    return entry_point
