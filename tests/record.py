#!/usr/bin/env python3
"""Record CPython 3.11 goldens for pyc's test corpus.

For every ``tests/emit/**/NAME.py``:
  * if ``compile()`` accepts the file: ``NAME.tokens`` (stdout of
    ``python3 -m tokenize NAME.py``, only when that exits 0), ``NAME.ast``
    (``python3 -m ast NAME.py``) and ``NAME.ast-attrs`` (``python3 -m ast -a``);
  * otherwise: ``NAME.err``, the stderr of ``python3 NAME.py`` run in the
    file's folder, with the absolute path CPython prints replaced by the
    bare file name (so it reads ``File "NAME.py", line N``).
For every program ``tests/programs/AREA/NAME.py`` (directly inside an area
folder, name not starting with ``_``; deeper folders and ``_`` files are
modules the programs import): ``NAME.expected``, the stdout of
``python3 NAME.py`` run in its folder. A program that exits with a non-zero status also
gets ``NAME.exit`` (the status) and ``NAME.stderr`` (its stderr, with the
program's folder removed from paths, so tracebacks read ``File "NAME.py"``).
A program with a ``NAME.stdin`` file beside it reads that file as its standard
input (the test runner feeds pyc the same file); others run with stdin closed.

Existing goldens are kept unless ``--force`` is given.  Paths given on the
command line restrict recording to those files or folders.

Usage: python3 tests/record.py [--force] [--check] [PATH ...]
  --check   record nothing; report files whose goldens are missing or stale
"""

import argparse
import os
import subprocess
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
EMIT = os.path.join(HERE, "emit")
PROGRAMS = os.path.join(HERE, "programs")
EMIT_KINDS = (".tokens", ".ast", ".ast-attrs", ".err")

if sys.version_info[:2] != (3, 11):
    sys.exit("record.py: goldens must come from CPython 3.11, this is %s" % sys.version.split()[0])

ENV = dict(os.environ)
ENV.update(PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1", PYTHONHASHSEED="0")
for var in ("PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONPATH", "PYTHONUTF8"):
    ENV.pop(var, None)


def run(args, folder, timeout=60, stdin_path=None):
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        return subprocess.run(
            [sys.executable] + args,
            cwd=folder,
            env=ENV,
            stdin=stdin,
            capture_output=True,
            timeout=timeout,
        )
    finally:
        if stdin_path:
            stdin.close()


def compiles(path):
    with open(path, "rb") as f:
        source = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(source, os.path.basename(path), "exec", dont_inherit=True)
        except (SyntaxError, ValueError):
            return False
    return True


def emit_goldens(path):
    """The goldens a corpus file should have, as {extension: bytes}."""
    folder, name = os.path.split(path)
    stem = name[:-3]
    out = {}
    if compiles(path):
        tok = run(["-m", "tokenize", name], folder)
        if tok.returncode == 0:
            out[".tokens"] = tok.stdout
        for ext, flags in ((".ast", []), (".ast-attrs", ["-a"])):
            res = run(["-m", "ast"] + flags + [name], folder)
            if res.returncode != 0:
                raise SystemExit("%s: python3 -m ast failed:\n%s" % (path, res.stderr.decode()))
            out[ext] = res.stdout
    else:
        res = run([name], folder)
        if res.returncode == 0 or not res.stderr:
            raise SystemExit("%s: compile() rejects it but python3 runs it" % path)
        # CPython 3.11 reports the script by its absolute path; the goldens
        # use the bare file name (what the frontend is given).
        err = res.stderr.replace(os.path.abspath(path).encode(), name.encode())
        if b"Warning:" in err:
            print("note: %s: CPython also prints a warning; the .err golden includes it" % path,
                  file=sys.stderr)
        out[".err"] = err
    return {stem + ext: data for ext, data in out.items()}


def program_goldens(path):
    folder, name = os.path.split(path)
    stdin_path = os.path.join(folder, name[:-3] + ".stdin")
    res = run([name], folder, stdin_path=stdin_path if os.path.isfile(stdin_path) else None)
    out = {name[:-3] + ".expected": res.stdout}
    if res.returncode != 0:
        # The exit status, and stderr (the traceback) with the program's
        # folder removed from paths so they read File "NAME.py".
        out[name[:-3] + ".exit"] = b"%d\n" % res.returncode
        out[name[:-3] + ".stderr"] = res.stderr.replace(os.path.abspath(folder).encode() + b"/", b"")
    return out


def corpus_files(root, selected):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for fn in sorted(filenames):
            if not fn.endswith(".py"):
                continue
            path = os.path.join(dirpath, fn)
            if selected and not any(path == s or path.startswith(s.rstrip(os.sep) + os.sep) for s in selected):
                continue
            yield path


def is_program(path):
    rel = os.path.relpath(path, PROGRAMS).split(os.sep)
    return len(rel) == 2 and not rel[1].startswith("_")


def stale_goldens(path, wanted, exts):
    """Golden files beside `path` that the current CPython would not write."""
    folder, name = os.path.split(path)
    stem = name[:-3]
    return [
        os.path.join(folder, stem + ext)
        for ext in exts
        if stem + ext not in wanted and os.path.exists(os.path.join(folder, stem + ext))
    ]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--force", action="store_true", help="re-record existing goldens")
    ap.add_argument("--check", action="store_true", help="only report missing or outdated goldens")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    selected = [os.path.abspath(p) for p in args.paths]

    written = checked = problems = 0
    jobs = [(p, emit_goldens, EMIT_KINDS) for p in corpus_files(EMIT, selected)]
    jobs += [(p, program_goldens, (".expected", ".exit", ".stderr"))
             for p in corpus_files(PROGRAMS, selected) if is_program(p)]
    for path, make, exts in jobs:
        folder = os.path.dirname(path)
        existing = [os.path.exists(os.path.join(folder, os.path.basename(path)[:-3] + e)) for e in exts]
        if not args.force and not args.check and any(existing):
            continue
        wanted = make(path)
        checked += 1
        for fn, data in wanted.items():
            target = os.path.join(folder, fn)
            old = open(target, "rb").read() if os.path.exists(target) else None
            if old == data:
                continue
            if args.check:
                problems += 1
                print("%s: %s" % ("stale" if old is not None else "missing", os.path.relpath(target, HERE)))
                continue
            with open(target, "wb") as f:
                f.write(data)
            written += 1
        for extra in stale_goldens(path, wanted, exts):
            if args.check:
                problems += 1
                print("obsolete: %s" % os.path.relpath(extra, HERE))
            else:
                os.remove(extra)
                written += 1
    if args.check:
        print("%d files checked, %d problems" % (checked, problems))
        return 1 if problems else 0
    print("%d files examined, %d goldens written or removed" % (checked, written))
    return 0


if __name__ == "__main__":
    sys.exit(main())
