def make_adder(k):
    def add(x):
        return x + k
    return add

ADD5 = make_adder(5)

def entry_point(argv):
    def helper(x):
        return x * 2
    return ADD5(helper(len(argv)))

def target(driver, args):
    return entry_point
