"""bytes % values and bytearray % values (PEP 461): %s/%b with bytes,
bytearray and __bytes__, %r/%a, %c with ints and single bytes, numbers
with flags, width and precision, mapping keys, and CPython's errors."""

class B:
    def __bytes__(self): return b"BB"
class BadB:
    def __bytes__(self): return "no"
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t("basic", lambda: b"%d %s %x %r" % (42, b"ab", 255, "h\xe9"))
t("b", lambda: b"%b|%5b|%-5b|%.1b" % (b"xy", b"ab", b"cd", b"ef"))
t("bytearray", lambda: b"%s" % bytearray(b"ba"))
t("__bytes__", lambda: b"%s" % B())
t("bad __bytes__", lambda: b"%s" % BadB())
t("s int", lambda: b"%s" % 5)
t("b str", lambda: b"%b" % "str")
t("a", lambda: b"%a %r" % ("\u1234", [1, b"x"]))
t("c", lambda: b"%c%c%c" % (65, b"B", bytearray(b"C")))
t("c big", lambda: b"%c" % 256)
t("c str", lambda: b"%c" % "A")
t("c bytes2", lambda: b"%c" % b"AB")
t("float", lambda: b"%5.2f|%e|%g|%-6d|%+d|%05x|%#o" % (3.14159, 1e10, 0.5, 7, 3, 255, 8))
t("dict", lambda: b"%(a)s-%(b)d" % {b"a": b"x", b"b": 2})
t("dict str key", lambda: b"%(a)s" % {"a": b"x"})
t("too many", lambda: b"%d" % (1, 2))
t("too few", lambda: b"%d %d" % (1,))
t("unsupported", lambda: b"%y" % 1)
t("incomplete", lambda: b"abc%" % ())
t("percent", lambda: b"100%% %s" % b"x")
t("single", lambda: b"%s" % b"only")
t("tuple arg", lambda: b"%s" % ((b"a",),))
t("str %b", lambda: "%b" % b"x")
t("d str", lambda: b"%d" % "x")
t("x float", lambda: b"%x" % 1.5)
t("bytearray %", lambda: bytearray(b"%d-%s") % (1, b"z"))
t("star", lambda: b"%*d|%.*f" % (5, 1, 2, 3.14159))
t("high", lambda: b"\xff%s\x00" % b"\x80")
t("no args", lambda: b"plain" % ())
t("no args2", lambda: b"plain" % 5)
t("i u", lambda: b"%i %u" % (1, 2))
