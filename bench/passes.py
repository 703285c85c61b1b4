#!/usr/bin/env python3
"""The effect of each backend optimization: every RPython-3 program of
bench/programs/ translated with growing prefixes of the -O2 pipeline
(`translate --backendopt=...`: none, then inline, then inline+constfold, ...
up to the whole pipeline) and run; reports the best user+sys CPU time of N
runs (steadier than wall time on a shared machine) per prefix, and the
ratio of the whole pipeline to none.

    python3 bench/passes.py [--runs N] [PROGRAM...]
"""

import argparse
import os
import resource
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run import PROGRAMS, translator  # noqa: E402

PIPELINE = ["inline", "constfold", "mallocremoval", "loads", "constfold", "switches"]


def cpu_best(argv, runs):
    best = None
    out = None
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        r = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = t if best is None else min(best, t)
        out = (r.stdout, r.returncode)
    return best, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    progs = args.programs or sorted(
        os.path.join(PROGRAMS, p) for p in os.listdir(PROGRAMS) if p.endswith(".py"))
    exe = translator()
    prefixes = [PIPELINE[:i] for i in range(len(PIPELINE) + 1)]
    heads = ["none"] + ["+" + p for p in PIPELINE]
    print("| program | " + " | ".join(heads) + " | all/none |")
    print("|---" * (len(heads) + 2) + "|")
    with tempfile.TemporaryDirectory(prefix="rpy-passes-") as tmp:
        for prog in progs:
            name = os.path.splitext(os.path.basename(prog))[0]
            times = []
            outputs = set()
            for i, passes in enumerate(prefixes):
                binary = os.path.join(tmp, "%s-%d" % (name, i))
                subprocess.run([exe, "--backendopt=" + ",".join(passes), prog, "-o", binary,
                                "--emit-dir", binary + "-build"],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                t, out = cpu_best([binary], args.runs)
                times.append(t)
                outputs.add(out)
            row = " | ".join("%.3fs" % t for t in times)
            note = "" if len(outputs) == 1 else " **outputs differ**"
            print("| %s | %s | %.2f |%s" % (name, row, times[-1] / times[0], note))


if __name__ == "__main__":
    main()
