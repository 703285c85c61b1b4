"""Read all of stdin with os.read(0, n) and count lines, words, bytes and letter frequencies (wc-like)."""
import os


def read_stdin():
    chunks = []
    while True:
        b = os.read(0, 64)
        if len(b) == 0:
            break
        chunks.append(b)
    return b"".join(chunks)


def entry_point(argv):
    data = read_stdin()
    text = data.decode("utf-8")
    lines = text.split("\n")
    n_lines = text.count("\n")
    words = text.split()
    print("bytes:", len(data), "chars:", len(text), "lines:", n_lines, "words:", len(words))
    freq = {}
    for w in words:
        k = w.lower().strip(".,;!?")
        if k:
            freq[k] = freq.get(k, 0) + 1
    best = ""
    best_n = 0
    for k in freq:
        if freq[k] > best_n:
            best = k
            best_n = freq[k]
    print("distinct words:", len(freq), "most common:", best, best_n)
    longest = ""
    for l in lines:
        if len(l) > len(longest):
            longest = l
    print("longest line:", longest)
    for i in range(len(lines)):
        if lines[i].startswith("#"):
            print("comment at line", i + 1, ":", lines[i][1:].strip())
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
