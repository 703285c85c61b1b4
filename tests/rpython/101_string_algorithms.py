"""String algorithms: KMP search, palindromes, run-length encoding, anagram check via sorted char lists, Levenshtein distance."""


def kmp_table(p):
    t = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k > 0 and p[i] != p[k]:
            k = t[k - 1]
        if p[i] == p[k]:
            k += 1
        t[i] = k
    return t


def kmp_search(text, p):
    t = kmp_table(p)
    out = []
    k = 0
    for i in range(len(text)):
        while k > 0 and text[i] != p[k]:
            k = t[k - 1]
        if text[i] == p[k]:
            k += 1
        if k == len(p):
            out.append(i - k + 1)
            k = t[k - 1]
    return out


def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    i = 0
    j = len(cleaned) - 1
    while i < j:
        if cleaned[i] != cleaned[j]:
            return False
        i += 1
        j -= 1
    return True


def rle(s):
    if not s:
        return ""
    out = []
    run = 1
    for i in range(1, len(s) + 1):
        if i < len(s) and s[i] == s[i - 1]:
            run += 1
        else:
            out.append(str(run) + s[i - 1])
            run = 1
    return "".join(out)


def sorted_chars(s):
    chars = [c for c in s.lower() if c != " "]
    chars.sort()
    return "".join(chars)


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[len(b)]


def entry_point(argv):
    text = "abababcabababcababab"
    print("kmp table:", " ".join([str(x) for x in kmp_table("ababcab")]))
    print("matches of 'abab':", " ".join([str(x) for x in kmp_search(text, "abab")]))
    print("matches of 'abc':", " ".join([str(x) for x in kmp_search(text, "abc")]))
    for s in ["A man, a plan, a canal: Panama", "hello", "", "Was it a car or a cat I saw?", "ab"]:
        print("palindrome %r: %s" % (s, is_palindrome(s)))
    for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz"]:
        print("rle(%s) = %s" % (s, rle(s)))
    for a, b in [("listen", "silent"), ("Dormitory", "dirty room"), ("abc", "abd")]:
        print("anagram %s/%s: %s (%s)" % (a, b, sorted_chars(a) == sorted_chars(b), sorted_chars(a)))
    for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("intention", "execution")]:
        print("levenshtein(%s, %s) = %d" % (a, b, levenshtein(a, b)))
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
