def count_words(words):
    counts = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts

def entry_point(argv):
    d = count_words(argv)
    del d["x"]
    return len(d)

def target(driver, args):
    return entry_point
