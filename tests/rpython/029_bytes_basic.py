"""bytes: literals, indexing gives ints, slicing, concat, len, find/replace/split, decode/encode, os.write."""
import os


def checksum(b):
    s = 0
    for i in range(len(b)):
        s = (s * 31 + b[i]) % 65521
    return s


def entry_point(argv):
    b = b"Hello bytes\n"
    os.write(1, b)
    print("len:", len(b), "b[0]:", b[0], "b[-2]:", b[-2])
    print("slice:", b[0:5].decode("ascii"), "concat len:", len(b + b"!!"))
    print("find:", b.find(b"bytes"), b.find(b"zz"), "count:", b.count(b"l"))
    print("startswith:", b.startswith(b"Hell"), "endswith:", b.endswith(b"\n"))
    print("upper:", b.upper().decode("ascii").strip())
    print("replace:", b.replace(b"bytes", b"world").decode("ascii").strip())
    parts = b"a,b,c".split(b",")
    print("split count:", len(parts), parts[1].decode("ascii"))
    print("join:", b"-".join(parts).decode("ascii"))
    print("strip:", b"  xx  ".strip().decode("ascii"))
    print("checksum:", checksum(b))
    e = "日本".encode("utf-8")
    print("encoded len:", len(e), "first byte:", e[0], e[1], e[2])
    print("decoded:", e.decode("utf-8"))
    print("eq:", b"abc" == b"abc", b"abc" == b"abd", b"abc" < b"abd")
    data = bytes([72, 105, 10])
    os.write(1, data)
    os.write(1, b"x" * 5 + b"\n")
    print("isdigit:", b"123".isdigit(), b"12a".isdigit())
    return 0


def target(driver, args):
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
