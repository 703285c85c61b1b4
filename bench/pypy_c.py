#!/usr/bin/env python3
"""Benchmarks of pypy-c (targets/pyinterp translated): every Python program
of bench/python/ run under pypy-c, python3 and pypy3 (when installed) in the
same run.

Reports, per program: the best wall time of N runs for each, the ratios
pypy-c/python3 and pypy-c/pypy3 (above 1: pypy-c is slower), and peak RSS.
The outputs must be identical, or the program is reported as wrong. Also
reports the time and peak memory of translating the interpreter (unless
--pypy-c gives an existing executable), and a first row "startup" (`-c pass`)
so that start-up cost can be told apart: the programs are sized to run for
several tenths of a second under python3, whose start-up here is ~30 ms.

    python3 bench/pypy_c.py [--runs N] [--pypy-c PATH] [PROGRAM...]
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run import ROOT, best_of, translator  # noqa: E402

PROGRAMS = os.path.join(ROOT, "bench", "python")


def translate_pyinterp(workdir):
    """(path of pypy-c, wall seconds, peak RSS MiB of the translation)."""
    exe = translator()
    out = os.path.join(workdir, "pypy-c")
    start = time.perf_counter()
    proc = subprocess.Popen([exe, os.path.join(ROOT, "targets", "pyinterp"), "-o", out,
                             "--emit-dir", os.path.join(workdir, "build")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("translating targets/pyinterp failed:\n" + err.decode(errors="replace"))
    # ru_maxrss of wait4 is the translator's own peak; cargo and rustc are
    # its children, whose peak getrusage(RUSAGE_CHILDREN) reports.
    import resource
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return out, took, max(usage.ru_maxrss, children) / 1024.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--pypy-c", dest="pypy_c")
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    progs = args.programs or sorted(
        os.path.join(PROGRAMS, p) for p in os.listdir(PROGRAMS) if p.endswith(".py"))
    pypy = shutil.which("pypy3")
    with tempfile.TemporaryDirectory(prefix="rpy-pypy-c-") as tmp:
        if args.pypy_c:
            pypy_c, took, rss = args.pypy_c, None, None
        else:
            pypy_c, took, rss = translate_pyinterp(tmp)
        print("| program | pypy-c | python3 | pypy3 | pypy-c/python3 | pypy-c/pypy3 "
              "| peak RSS MiB (pypy-c/py/pypy) |")
        print("|---|---|---|---|---|---|---|")
        rows = [("startup", ["-c", "pass"])] if not args.programs else []
        rows += [(os.path.splitext(os.path.basename(p))[0], [p]) for p in progs]
        for name, argv in rows:
            ours = best_of([pypy_c, *argv], args.runs)
            cp = best_of([sys.executable, *argv], args.runs)
            pp = best_of([pypy, *argv], args.runs) if pypy else None
            rss_row = "/".join("%.0f" % r[1] if r else "-" for r in (ours, cp, pp))
            print("| %s | %.3fs | %.3fs | %s | %.2fx | %s | %s |" % (
                name, ours[0], cp[0], "%.3fs" % pp[0] if pp else "-", ours[0] / cp[0],
                "%.1fx" % (ours[0] / pp[0]) if pp else "-", rss_row))
            if (ours[2], ours[3]) != (cp[2], cp[3]):
                print("|   | **output differs from python3** | | | | | |")
        if took is not None:
            print("\ntranslation of targets/pyinterp: %.1fs, peak RSS %.0f MiB" % (took, rss))
    if not pypy:
        print("\n(pypy3 not found on PATH: apt-get install pypy3)")


if __name__ == "__main__":
    main()
