"""Lists: append, pop, pop(i), insert, extend, reverse, len, indexing incl. negative, assignment."""
from rpython.rlib.objectmodel import specialize


@specialize.argtype(1)
def show(label, lst):
    parts = []
    for x in lst:
        parts.append(str(x))
    print(label, "len=%d" % len(lst), "[" + ", ".join(parts) + "]")


def entry_point(argv):
    n = len(argv)
    lst = []
    show("empty", lst)
    for i in range(6):
        lst.append(i * i * n)
    show("appended", lst)
    print("pop ->", lst.pop())
    print("pop(0) ->", lst.pop(0))
    print("pop(1) ->", lst.pop(1))
    show("after pops", lst)
    lst.insert(0, 100)
    lst.insert(2, 200)
    lst.insert(len(lst), 300)
    lst.insert(-1, 400)
    show("after inserts", lst)
    lst.extend([7, 8, 9])
    lst.extend(lst[0:2])
    show("after extend", lst)
    lst.reverse()
    show("reversed", lst)
    print("lst[0]=%d lst[-1]=%d lst[-3]=%d" % (lst[0], lst[-1], lst[-3]))
    lst[1] = -1
    lst[-1] = -2
    show("assigned", lst)
    total = 0
    for x in lst:
        total += x
    print("sum:", total, "sum():", sum(lst), "max:", max(lst[0], lst[1]))
    while len(lst) > 3:
        lst.pop()
    show("shrunk", lst)
    lst.clear()
    show("cleared", lst)
    words = ["a"]
    words += ["b", "c"]
    words = words + ["d"]
    show("words", words)
    print("truthiness:", bool([]), bool(words), len(words) > 0)
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
