#!/usr/bin/env python3
"""Benchmarks: each RPython-3 program of bench/programs/ translated, then run
translated, under python3 and under pypy3 (when installed) in the same run.

Reports, per program: the best wall time of N runs for each, the ratios
python3/translated and pypy3/translated, the peak RSS of each run, and the
translation time cold (empty cache directory: the runtime crate is compiled
too) and warm (shared cache, new package). The outputs of the three must be
identical, or the program is reported as wrong.

    python3 bench/run.py [--runs N] [--cold] [--opt LEVEL] [--gc GC] [PROGRAM...]

--cold also measures a translation into a fresh cache directory (slow: it
compiles the runtime crate). --opt and --gc are passed to `translate`
(e.g. `--opt 1` measures without the backend optimizations).
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "bench", "programs")


def run_once(argv, env=None):
    """(wall seconds, peak RSS in MiB, stdout bytes, exit status)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            env=env)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.stdout.close()
    return wall, usage.ru_maxrss / 1024.0, out, os.waitstatus_to_exitcode(status)


def best_of(argv, runs, env=None):
    results = [run_once(argv, env) for _ in range(runs)]
    wall = min(r[0] for r in results)
    rss = max(r[1] for r in results)
    return wall, rss, results[0][2], results[0][3]


def translator():
    exe = os.path.join(ROOT, "target", "release", "translate")
    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "translate"],
                   cwd=ROOT, check=True)
    return exe


def translate(exe, prog, workdir, cache=None, extra=()):
    name = os.path.splitext(os.path.basename(prog))[0]
    out = os.path.join(workdir, name + "-c")
    env = dict(os.environ)
    if cache:
        env["RPY_CACHE_DIR"] = cache
    start = time.perf_counter()
    r = subprocess.run([exe, *extra, prog, "-o", out,
                        "--emit-dir", os.path.join(workdir, name + "-build")],
                       env=env, capture_output=True, text=True)
    took = time.perf_counter() - start
    if r.returncode != 0:
        first = next((l for l in r.stderr.splitlines() if l.startswith("error")), r.stderr.strip())
        return None, took, first
    return out, took, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cold", action="store_true")
    ap.add_argument("--opt", help="translate -O LEVEL (default: translate's default)")
    ap.add_argument("--gc", help="translate --gc GC (default: translate's default)")
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    progs = args.programs or sorted(
        os.path.join(PROGRAMS, p) for p in os.listdir(PROGRAMS) if p.endswith(".py"))
    exe = translator()
    extra = (["--opt", args.opt] if args.opt else []) + (["--gc", args.gc] if args.gc else [])
    pypy = shutil.which("pypy3")
    env = dict(os.environ, PYTHONPATH=ROOT)
    rows = []
    with tempfile.TemporaryDirectory(prefix="rpy-bench-") as tmp:
        for prog in progs:
            name = os.path.splitext(os.path.basename(prog))[0]
            work = os.path.join(tmp, name)
            os.makedirs(work)
            cold = None
            if args.cold:
                cold_dir = os.path.join(tmp, name + "-cold")
                os.makedirs(cold_dir)
                _, cold, _ = translate(exe, prog, cold_dir, cache=os.path.join(tmp, "cache-" + name),
                                      extra=extra)
            binary, warm, err = translate(exe, prog, work, extra=extra)
            cp = best_of([sys.executable, prog], args.runs, env)
            pp = best_of([pypy, prog], args.runs, env) if pypy else None
            if binary is None:
                rows.append((name, None, cp, pp, cold, warm, "does not translate: " + err))
                continue
            tr = best_of([binary], args.runs)
            problem = None
            if tr[2] != cp[2] or tr[3] != cp[3]:
                problem = "output differs from python3"
            elif pp and (pp[2] != cp[2] or pp[3] != cp[3]):
                problem = "pypy3 output differs from python3"
            rows.append((name, tr, cp, pp, cold, warm, problem))

    print("| program | translated | python3 | pypy3 | python3/translated | pypy3/translated "
          "| peak RSS MiB (tr/py/pypy) | translate warm | translate cold |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, tr, cp, pp, cold, warm, problem in rows:
        def secs(r):
            return "%.3fs" % r[0] if r else "-"
        ratio_c = "%.1fx" % (cp[0] / tr[0]) if tr else "-"
        ratio_p = "%.2fx" % (pp[0] / tr[0]) if tr and pp else "-"
        rss = "/".join("%.0f" % r[1] if r else "-" for r in (tr, cp, pp))
        print("| %s | %s | %s | %s | %s | %s | %s | %.1fs | %s |" % (
            name, secs(tr), secs(cp), secs(pp), ratio_c, ratio_p, rss, warm,
            "%.1fs" % cold if cold is not None else "-"))
        if problem:
            print("|   | **%s** | | | | | | | |" % problem)
    if not pypy:
        print("\n(pypy3 not found on PATH: apt-get install pypy3)")


if __name__ == "__main__":
    main()
