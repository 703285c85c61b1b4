"""String concatenation, repetition, comparisons (==, <, >), `in`, and sorting strings."""


def bubble_sort(words):
    n = len(words)
    for i in range(n):
        for j in range(n - 1 - i):
            if words[j] > words[j + 1]:
                tmp = words[j]
                words[j] = words[j + 1]
                words[j + 1] = tmp


def entry_point(argv):
    n = len(argv)
    a = "abc"
    b = "abd"
    c = a + b
    print(c, a * 3, "-" * (10 * n), "x" * 0 + "|", 3 * "ab")
    print("==", a == "abc", a == b, a != b, "" == "")
    print("<", a < b, b < a, "ab" < "abc", "Z" < "a", "" < "a", "abc" <= "abc", "b" >= "abc")
    print("in", "bc" in a, "cb" in a, "" in a, "d" in c, "abcabd" in c)
    words = ["pear", "Apple", "apple", "banana", "", "cherry", "apricot", "Banana", "a", "zebra"]
    bubble_sort(words)
    print("sorted:", ",".join(words))
    s = ""
    for i in range(5):
        s = s + str(i) + ":"
    s += "end"
    print(s)
    acc = "x"
    for i in range(6):
        acc = acc + acc
    print("doubled length:", len(acc))
    print("max/min str:", max("apple", "pear"), min("apple", "pear"))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
