s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1), "  x  y ".split(" "))
print("a,b,c".rsplit(",", 1), "one two three".rsplit(None, 1), "".split(), "".split(","))
print("line1\nline2\r\nline3".splitlines(), "x\n\ny\n".splitlines(True))
print("-".join(["a", "b", "c"]), "".join(reversed("abc")), ", ".join(str(i) for i in range(3)))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("e"), "hello".find("l", 3))
print("hello".replace("l", "L"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"))
print("hello".startswith("he"), "hello".endswith(("lo", "x")), "hello".startswith("l", 2))
print("hi".center(8, "*"), "hi".ljust(5, "."), "hi".rjust(5), "42".zfill(5), "-42".zfill(6))
print("banana".count("a"), "banana".count("an"), "banana".count(""), "aaa".count("aa"))
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalnum(), "   ".isspace(), "".isdigit())
print("Hello".isupper(), "HELLO".isupper(), "hello".islower(), "Title Case".istitle(), "x_1".isidentifier())
print("hello world".title(), "hELLO".swapcase(), "hello".capitalize(), "ABC".lower(), "abc".upper())
print("tab\tsep".expandtabs(4), "%s" % "x".ljust(3) + "|", "ß".upper() if False else "", "Straße".casefold())
t = "héllo wörld ñ 日本語"
print(len(t), t[1], t[-3:], t.upper(), t.find("ö"), t[::-1])
print([ord(c) for c in "aé日"], chr(233), chr(26085), "日本" + "語", "é" in t)
print("abc" < "abd", "Z" < "a", "abc" * 3, "a" + "b", "abc"[1:], "é".encode("utf-8"))
print("x".join("abc"), "prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"))
print("a-b_c d".translate({ord("-"): " ", ord("_"): None}) if hasattr(str, "translate") else "a b c d")
print("%s" % "CamelCaseString".lower(), "snake_case_here".split("_"), str(123).rjust(6, "0"))
print("abc".index("c"), "hello"[::2], "x".isprintable() if hasattr("x", "isprintable") else True)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc"[10]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[0] = "z"
except TypeError as e:
    print("TypeError:", e)
print(str(), str(12), str([1]), str(None), repr("it's"), repr('say "hi"'), repr("a\nb\t\\"))
print("Hello World".split("o"), "a1b2c3".strip("abc123"), "...x...".lstrip("."), "mississippi".rstrip("ip"))
words = "the quick brown fox".split()
print(max(words, key=len), sorted(words), [w[::-1] for w in words])
print("  ".join(w.capitalize() for w in words), "fox" in words, "qu" in "quick")
