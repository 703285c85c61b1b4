# str % values with only %s / %d / %% (the cached fast path) and the cases
# that must take the general path (errors, subclasses, big ints, dicts)


class S(str):
    def __str__(self):
        return "S-str"


class I(int):
    def __str__(self):
        return "I-str"

    def __repr__(self):
        return "I-repr"


class Obj:
    def __str__(self):
        print("  __str__ called")
        return "obj"


class NoInt:
    pass


for i in range(3):
    print("item%d:%s" % (i, str(i * i)))
print("%s" % "x", "%d" % 5, "%d%%" % 50, "100%% sure" % ())
print("%s|%s" % (S("a"), I(3)), "%d" % I(7), "%d" % True, "%s" % False)
print("%d and %d" % (10 ** 30, -10 ** 20))
print("%d" % 3.99, "%d" % -2.5)
print("%s" % (1, ), "%s" % [1, 2], "%s" % {"a": 1}, "%s" % ((1, 2),))
print("né%sü%d€" % ("ß", 42))
print("" % (), "abc" % {}, "%s" % {})
print("%s %s" % (Obj(), Obj()))
fmts = ["a%sb", "%d-%d", "%s", "x%%y%s"]
for k in range(6):
    f = fmts[k % 4]
    n = f.count("%s") + f.count("%d")
    print(f % tuple(range(k, k + n)))
for bad in [lambda: "%d" % "s", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2),
            lambda: "abc" % 5, lambda: "%" % (), lambda: "%d" % NoInt(),
            lambda: "%s %d" % (Obj(), "x"), lambda: "a%" % 1, lambda: "%q" % 1]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
