#!/usr/bin/env python3
"""Front-end and annotator benchmark: generates an RPython-3 program of
about N lines (default 20,000) and measures `translate --flow` (load +
compile-time evaluation + flow graphs) and `translate --annotate` (load +
graphs + type inference) on it: wall time and peak memory per stage (from
`--timings`), and, with --target, the same for an existing target.

    cargo build --release --bin translate
    python3 bench/frontend_scale.py [--lines 20000] [--translate target/release/translate]
    python3 bench/frontend_scale.py --target targets/pyinterp
"""
import argparse
import json
import os
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


def measure(translate, goal, path):
    """Runs `translate GOAL PATH`; returns (wall seconds, {stage: (s, MiB)})."""
    t0 = time.perf_counter()
    r = subprocess.run([translate, goal, "--timings", "--message-format", "json", path],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - t0
    if r.returncode != 0:
        sys.stderr.write(r.stderr)
        sys.exit("translate %s failed with exit code %d" % (goal, r.returncode))
    stages = {}
    for line in r.stderr.splitlines():
        if '"timings"' in line:
            for row in json.loads(line)["timings"]:
                stages[row["stage"]] = (row["seconds"], (row["peak_memory_kib"] or 0) / 1024.0)
    return elapsed, stages


def report(label, translate, path, nlines):
    for goal in ("--flow", "--annotate"):
        elapsed, stages = measure(translate, goal, path)
        detail = "  ".join("%s %.3f s" % (k, v[0]) for k, v in stages.items())
        peak = max((v[1] for v in stages.values()), default=0.0)
        print("%s (%d lines) %-10s total %.2f s  peak %.0f MiB  [%s]"
              % (label, nlines, goal, elapsed, peak, detail))


def count_lines(target):
    total = 0
    for root, _, files in os.walk(target):
        for f in files:
            if f.endswith(".py"):
                with open(os.path.join(root, f)) as fh:
                    total += sum(1 for _ in fh)
    return total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=20000)
    ap.add_argument("--translate", default="target/release/translate")
    ap.add_argument("--target", help="measure this target instead of a generated program")
    args = ap.parse_args()
    if args.target:
        report(args.target, args.translate, args.target, count_lines(args.target))
        return
    src = generate(args.lines)
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "big.py")
        with open(path, "w") as f:
            f.write(src)
        report("generated", args.translate, path, src.count("\n"))


if __name__ == "__main__":
    main()
