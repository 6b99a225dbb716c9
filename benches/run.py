#!/usr/bin/env python3
"""pyc's benchmark harness: runs the same work under CPython and under pyc,
side by side, and prints best/median times and the ratio.

Benchmark kinds (choose with positional arguments; default: all):

  frontend  tokenize + parse + compile each benches/data/*.py, in-process,
            N iterations: our `frontend` binary vs CPython's compile() on the
            same bytes (also the parse-only stage vs compile(..., PyCF_ONLY_AST)).
  interp    run each benches/programs/*.py N times: `python3 prog.py` vs
            `pyc run --interp prog.py` (wall clock, outputs must match).
  native    the same programs: `python3 prog.py` vs the executable built by
            `pyc build prog.py`.

A tier that is not available yet (pyc says so) is shown as "n/a".
Ratio = CPython median / pyc median: above 1.00 means pyc is faster.

Usage: python3 benches/run.py [frontend|interp|native ...] [-n N] [--markdown]
                              [--files F ...] [--no-build] [--profile release|dev]
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TARGET = os.path.join(ROOT, "target", "release")
RESULT = re.compile(r"RESULT name=(\S+) iterations=(\d+) best_s=([\d.]+) median_s=([\d.]+)")

CPYTHON_COMPILE = r"""
import ast, sys, time
path, n, warmup, only_ast = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "parse"
src = open(path, "rb").read()
flags = ast.PyCF_ONLY_AST if only_ast else 0
for _ in range(warmup):
    compile(src, path, "exec", flags, dont_inherit=True)
times = []
for _ in range(n):
    t = time.perf_counter()
    compile(src, path, "exec", flags, dont_inherit=True)
    times.append(time.perf_counter() - t)
times.sort()
med = times[n // 2] if n % 2 else (times[n // 2 - 1] + times[n // 2]) / 2
print("RESULT name=cpython iterations=%d best_s=%.9f median_s=%.9f mean_s=%.9f"
      % (n, times[0], med, sum(times) / n))
"""


class Unavailable(Exception):
    """A tier that cannot run this benchmark (yet); the message says why."""


class Timing:
    def __init__(self, best, median, iterations):
        self.best, self.median, self.iterations = best, median, iterations


def parse_result(stdout):
    m = RESULT.search(stdout)
    if not m:
        raise RuntimeError("no RESULT line in:\n" + stdout)
    return Timing(float(m.group(3)), float(m.group(4)), int(m.group(2)))


def timed_runs(argv, n, cwd, expect_stdout=None):
    """Wall-clock times of n runs of argv (after one warm-up run)."""
    times = []
    first = None
    for i in range(n + 1):
        t = time.perf_counter()
        res = subprocess.run(argv, cwd=cwd, capture_output=True, stdin=subprocess.DEVNULL)
        elapsed = time.perf_counter() - t
        out = res.stdout.decode(errors="replace")
        err = res.stderr.decode(errors="replace")
        if res.returncode != 0:
            if "not available" in err:
                raise Unavailable(err.strip().splitlines()[-1])
            raise RuntimeError("%s failed (%d):\n%s" % (" ".join(argv), res.returncode, err))
        if expect_stdout is not None and out != expect_stdout:
            raise RuntimeError("%s printed different output than CPython" % " ".join(argv))
        first = out if first is None else first
        if i:
            times.append(elapsed)
    return Timing(min(times), statistics.median(times), n), first


# --- benchmark kinds -------------------------------------------------------
# A kind yields rows: (benchmark label, {tier name: Timing or Unavailable}).


def kind_frontend(args):
    files = args.files or sorted(
        os.path.join(HERE, "data", f) for f in os.listdir(os.path.join(HERE, "data")) if f.endswith(".py"))
    frontend = os.path.join(TARGET, "frontend")
    for path in files:
        base = os.path.basename(path)
        lines = open(path, "rb").read().count(b"\n")
        for stage in ("compile", "parse"):
            row = {}
            res = subprocess.run([sys.executable, "-c", CPYTHON_COMPILE, path, str(args.n), "2", stage],
                                 capture_output=True, text=True)
            row["CPython"] = parse_result(res.stdout) if res.returncode == 0 else Unavailable(res.stderr)
            res = subprocess.run([frontend, path, "-n", str(args.n), "--warmup", "2", "--stage", stage],
                                 capture_output=True, text=True)
            if res.returncode == 0:
                row["pyc"] = parse_result(res.stdout)
            else:
                row["pyc"] = Unavailable((res.stderr.strip().splitlines() or ["failed"])[-1])
            yield "%s (%d lines) %s" % (base, lines, stage), row


def program_files(args):
    folder = os.path.join(HERE, "programs")
    return args.files or sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".py"))


def kind_interp(args):
    pyc = os.path.join(TARGET, "pyc")
    for path in program_files(args):
        folder, name = os.path.split(path)
        row = {}
        cpy, expected = timed_runs([sys.executable, name], args.n, folder)
        row["CPython"] = cpy
        try:
            row["pyc"] = timed_runs([pyc, "run", "--interp", name], args.n, folder, expected)[0]
        except Unavailable as e:
            row["pyc"] = e
        except RuntimeError as e:
            # A program pyc does not run correctly yet: say so, keep going.
            row["pyc"] = Unavailable("fails: " + str(e).strip().splitlines()[-1])
        yield name, row


def kind_native(args):
    pyc = os.path.join(TARGET, "pyc")
    with tempfile.TemporaryDirectory() as tmp:
        for path in program_files(args):
            folder, name = os.path.split(path)
            row = {}
            cpy, expected = timed_runs([sys.executable, name], args.n, folder)
            row["CPython"] = cpy
            exe = os.path.join(tmp, name[:-3])
            res = subprocess.run([pyc, "build", name, "-o", exe], cwd=folder, capture_output=True, text=True)
            if res.returncode != 0:
                row["pyc"] = Unavailable((res.stderr.strip().splitlines() or ["build failed"])[-1])
            else:
                try:
                    row["pyc"] = timed_runs([exe], args.n, folder, expected)[0]
                except Unavailable as e:
                    row["pyc"] = e
                except RuntimeError as e:
                    row["pyc"] = Unavailable("fails: " + str(e).strip().splitlines()[-1])
            yield name, row


KINDS = {"frontend": kind_frontend, "interp": kind_interp, "native": kind_native}


# --- output -----------------------------------------------------------------


def fmt_ms(t):
    return "n/a" if not isinstance(t, Timing) else "%.2f" % (t.median * 1e3)


def fmt_best(t):
    return "n/a" if not isinstance(t, Timing) else "%.2f" % (t.best * 1e3)


def ratio(row):
    c, p = row.get("CPython"), row.get("pyc")
    if isinstance(c, Timing) and isinstance(p, Timing) and p.median > 0:
        return "%.2fx" % (c.median / p.median)
    return "n/a"


def print_table(kind, rows, markdown):
    header = ["benchmark", "CPython best ms", "CPython median ms", "pyc best ms", "pyc median ms",
              "CPython/pyc"]
    body = [[label, fmt_best(r["CPython"]), fmt_ms(r["CPython"]), fmt_best(r["pyc"]), fmt_ms(r["pyc"]),
             ratio(r)] for label, r in rows]
    print("\n## %s\n" % kind)
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|")
        for line in body:
            print("| " + " | ".join(line) + " |")
    else:
        widths = [max(len(x[i]) for x in [header] + body) for i in range(len(header))]
        for line in [header] + body:
            print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(line, widths))))
    notes = sorted({str(t) for _, r in rows for t in r.values() if isinstance(t, Unavailable)})
    for note in notes:
        print("  n/a: " + note.strip()[:200])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kinds", nargs="*", choices=[[]] + list(KINDS), default=[])
    ap.add_argument("-n", type=int, default=10, help="iterations per measurement (default 10)")
    ap.add_argument("--files", nargs="+", help="inputs instead of the default set")
    ap.add_argument("--markdown", action="store_true", help="print Markdown tables (for README)")
    ap.add_argument("--no-build", action="store_true", help="do not run cargo build first")
    ap.add_argument("--profile", default="release", help="cargo profile of the pyc binaries (default release)")
    args = ap.parse_args()
    kinds = args.kinds or list(KINDS)
    if args.files:
        args.files = [os.path.abspath(f) for f in args.files]
    global TARGET
    TARGET = os.path.join(ROOT, "target", "debug" if args.profile == "dev" else args.profile)
    if not args.no_build:
        subprocess.run(["cargo", "build", "--profile", args.profile, "-q", "-p", "pyc-benches", "-p", "pyc"],
                       cwd=ROOT, check=True)
    print("CPython %s; %d iterations per measurement; times per iteration in ms"
          % (sys.version.split()[0], args.n))
    for kind in kinds:
        rows = list(KINDS[kind](args))
        print_table(kind, rows, args.markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
