s = "The quick brown fox"
words = s.split()
print(words, len(words), " ".join(reversed(words)))
print(s.lower().count("o"), s.find("quick"), s[4:9])
print("abc".encode(), b"xyz", b"a" + b"b", len(b"abc"), b"abc"[0])
print("x".join("abc"), ",".join(str(i) for i in range(5)))
print("Mississippi".replace("ss", "SS", 1), "aaa".replace("a", "b", 2))
print("  lots   of   space  ".split(), "a\tb\nc".split())
print("%-10s|%10s|" % ("left", "right"), "%3d|%-3d|" % (5, 5))
print("%.3s" % "abcdef", "%c%c" % (72, "i"), "%%")
print("%(a)s and %(b)d" % {"a": "x", "b": 2})
text = "one two three two one"
print(text.index("two"), text.rindex("two"), text.count("one"))
print("CamelCaseString".lower(), "snake_case".upper(), "a-b".split("-"))
print("abc" == "abc", "b" in "abc", "" in "abc")
print(str(3.0), str(-0.5), str(10 ** 20), str(2 ** 0.5))
print("tab\there", "quote\"s", 'single\'s', "uni\u00e9", "\x41")
print(r"raw\n", len(r"\n"), """triple
quoted""")
print('a' 'b' "c")
u = "héllo wörld"
print(u, len(u), u.upper(), u[1])
