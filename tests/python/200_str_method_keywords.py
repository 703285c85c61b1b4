# str methods whose parameters CPython accepts by keyword (split, rsplit,
# splitlines, encode, expandtabs) and the errors of the others

tests = [
 lambda: "a,b,c".split(sep=","),
 lambda: "a,b,c".split(",", maxsplit=1),
 lambda: "a b c".split(maxsplit=1),
 lambda: "a,b,c".split(sep=",", maxsplit=1),
 lambda: "a,b,c".rsplit(sep=",", maxsplit=1),
 lambda: "a b c".rsplit(maxsplit=1),
 lambda: "a\nb\n".splitlines(keepends=True),
 lambda: "a\tb".expandtabs(tabsize=4),
 lambda: "hé".encode(encoding="utf-8"),
 lambda: "hé".encode(errors="strict"),
 lambda: "hé".encode("utf-8", errors="strict"),
 lambda: "a".split(foo=1),
 lambda: "a".split(",", sep=","),
 lambda: "a".split(",", 1, 2),
 lambda: "a".splitlines(True, keepends=True),
 lambda: "a".splitlines(x=1),
 lambda: "a".expandtabs(4, 5),
 lambda: "a".expandtabs(tabsize="x"),
 lambda: "a".split(maxsplit="x"),
 lambda: "a".split(sep=1),
 lambda: "a".encode(encoding=1),
 lambda: "a".encode(bogus=1),
 lambda: "a".upper(x=1),
 lambda: "a".replace("a", "b", count=1),
 lambda: "a".split(None, None),
 lambda: "a".split(maxsplit=None),
 lambda: "a".rsplit(sep=",", x=2),
 lambda: "a".splitlines(keepends=0),
 lambda: "a".encode("utf-8", "strict", "x"),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
