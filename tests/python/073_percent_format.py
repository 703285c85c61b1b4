print("%s is %d years and %.1f%% done" % ("Bob", 42, 99.5))
print("%5s|%-5s|%05d|%+d|% d|%x|%X|%o|%#x|%#o" % ("a", "b", 42, 42, 42, 255, 255, 8, 255, 8))
print("%e %.2e %g %G %.3g" % (12345.678, 0.000123, 1e-10, 1e20, 3.14159))
print("%(name)s has %(count)03d items" % {"name": "cart", "count": 7})
print("%r %s %a" % ("quote'd", [1, "x"], "é"))
print("%c%c %%" % (72, "i"))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("single %s" % "value", "tuple %s" % ((1, 2),))
print("%10.4f|%-10.2f|%i" % (3.14159, 2.5, 7))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("only",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)

print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Al", age=30))
print("{0[0]} {0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 3))
print("{:>8}|{:<8}|{:^8}|{:08.3f}".format("r", "l", "c", 3.14159))
print("{:,} {:x} {:#b} {:e}".format(10 ** 9, 255, 5, 1234.5))
print("{!r} {!s}".format("s", "s"), "{{}}".format())
print("{0:{1}}|".format("w", 6), "{:{w}.{p}f}".format(2.71828, w=9, p=2))
point = {"x": 1, "y": 2}
print("({x}, {y})".format(**point))
print("{:*<10}{:->6}".format("left", "r"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
print(str.format("{}-{}", 1, 2), "abc".format_map if False else "fm")
print("%-6s|%6.2f" % ("id", 1 / 3))
print("%s" % None, "%s" % True, "%d" % True, "%.0f" % 2.5, "%.0f" % 3.5)
print("%x" % -255, "%o" % -8, "%5.1s|" % "xyz")
