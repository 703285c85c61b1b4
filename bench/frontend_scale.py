#!/usr/bin/env python3
"""Front-end benchmark: generates an RPython-3 program of about N lines
(default 20,000) and measures `translate --flow` on it (load + compile-time
evaluation + flow graphs): wall time and peak memory.

    cargo build --release --bin translate
    python3 bench/frontend_scale.py [--lines 20000] [--translate target/release/translate]
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

FUNC = '''
class Node{i}(Base):
    def __init__(self, value):
        Base.__init__(self, value)
        self.extra = value * {i}

    def compute(self, n):
        total = 0
        for k in range(n):
            if k % 3 == 0:
                total += self.value
            elif k % 3 == 1:
                total -= self.extra
            else:
                try:
                    total += TABLE[k % len(TABLE)]
                except IndexError:
                    total = 0
        return total


def helper{i}(x, y=2):
    s = "item %d" % x
    parts = [c for c in s if c != " "]
    while x > 0 and len(parts) < 50:
        x = x // 2
        parts.append(str(x))
    return len(parts) + y + Node{i}(x).compute(3)
'''

HEADER = '''
TABLE = [1, 2, 3, 5, 8, 13]

class Base:
    def __init__(self, value):
        self.value = value
'''


def generate(lines):
    per = FUNC.count("\n")
    n = max(1, (lines - HEADER.count("\n") - 10) // per)
    parts = [HEADER]
    for i in range(n):
        parts.append(FUNC.format(i=i))
    calls = " + ".join("helper%d(len(argv))" % i for i in range(n))
    parts.append("\ndef entry_point(argv):\n    return %s\n" % calls)
    parts.append("\ndef target(driver, args):\n    return entry_point\n")
    return "".join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=20000)
    ap.add_argument("--translate", default="target/release/translate")
    args = ap.parse_args()
    src = generate(args.lines)
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "big.py")
        with open(path, "w") as f:
            f.write(src)
        nlines = src.count("\n")
        t0 = time.perf_counter()
        r = subprocess.run([args.translate, "--flow", path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        elapsed = time.perf_counter() - t0
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if r.returncode != 0:
        sys.stderr.write(r.stderr)
        sys.exit("translate failed with exit code %d" % r.returncode)
    print("lines: %d  load+evaluate+flow: %.2f s  peak RSS: %.0f MB" % (nlines, elapsed, peak_kb / 1024.0))


if __name__ == "__main__":
    main()
