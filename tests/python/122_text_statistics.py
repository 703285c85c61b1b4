text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""
lines = text.splitlines()
words = [w.strip(",.").lower() for w in text.split()]
print("lines:", len(lines), "words:", len(words), "chars:", len(text))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, c in top:
    print("%-8s %2d %s" % (w, c, "#" * c))
print("unique:", len(freq), "longest:", max(words, key=len))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c))[:10]))
avg = sum(len(w) for w in words) / len(words)
print("avg word length: %.3f" % avg)
print([len(l.split()) for l in lines], [l[:10] for l in lines])
caps = [w for w in text.split() if w[0].isupper()]
print(caps)
sentences = text.replace("\n", " ").split(".")
print(len([s for s in sentences if s.strip()]))
