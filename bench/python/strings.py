"""String building, splitting, joining, formatting, dict counting."""


def build(n):
    parts = []
    for i in range(n):
        parts.append("item%d:%s" % (i, str(i * i)))
    return ",".join(parts)


def count_words(text):
    counts = {}
    for w in text.split(","):
        key = w[:5]
        counts[key] = counts.get(key, 0) + 1
    return counts


text = build(600000)
c = count_words(text)
print(len(text), len(c), sorted(c.items())[:3])
print(f"{len(text):,} chars, upper {text[:20].upper()!r}")
