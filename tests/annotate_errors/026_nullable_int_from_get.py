# error: ages.get() without a default gives an int or None, and None does not mix with int (the value is then used in arithmetic without a check)
# at: "age = ages.get(argv[0])"
# provenance: "ages = {'alice': len(argv), 'bob': 30}" (int values; the missing default is None)


def entry_point(argv):
    ages = {'alice': len(argv), 'bob': 30}
    age = ages.get(argv[0])
    if len(argv) > 3:
        return age + 1
    return 0


def target(driver, args):
    return entry_point
