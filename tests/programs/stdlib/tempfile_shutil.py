# tempfile, shutil and fnmatch: temporary directories and files, copying
# and moving files and trees, rmtree, which, and wildcard matching.
import fnmatch
import os
import shutil
import stat
import tempfile

tmp = tempfile.gettempdir()
print(os.path.isabs(tmp), os.path.isdir(tmp), tempfile.gettempprefix())

with tempfile.TemporaryDirectory(prefix="pyc_", suffix="_d") as d:
    base = os.path.basename(d)
    print(os.path.isdir(d), base.startswith("pyc_"), base.endswith("_d"), len(base))
    src = os.path.join(d, "src")
    os.makedirs(os.path.join(src, "sub", "deeper"))
    for rel, text in [("a.txt", "alpha"), ("b.py", "print('b')"), ("sub/c.txt", "gamma"),
                      ("sub/deeper/d.log", "delta")]:
        with open(os.path.join(src, rel), "w") as f:
            f.write(text)
    os.chmod(os.path.join(src, "b.py"), 0o755)
    dst = shutil.copytree(src, os.path.join(d, "copy"), ignore=shutil.ignore_patterns("*.log"))
    for top, dirs, files in os.walk(dst):
        dirs.sort()
        print(os.path.relpath(top, d), dirs, sorted(files))
    print(stat.filemode(os.stat(os.path.join(dst, "b.py")).st_mode))
    print(shutil.copy(os.path.join(src, "a.txt"), os.path.join(d, "single.txt")) ==
          os.path.join(d, "single.txt"))
    into = shutil.copy2(os.path.join(src, "a.txt"), os.path.join(d, "copy", "sub"))
    print(os.path.relpath(into, d), open(into).read())
    print(os.stat(into).st_mtime_ns == os.stat(os.path.join(src, "a.txt")).st_mtime_ns)
    try:
        shutil.copyfile(os.path.join(src, "a.txt"), os.path.join(src, "a.txt"))
    except shutil.SameFileError as e:
        print("SameFileError", isinstance(e, OSError))
    moved = shutil.move(os.path.join(d, "single.txt"), os.path.join(d, "copy"))
    print(os.path.relpath(moved, d), os.path.exists(os.path.join(d, "single.txt")))
    shutil.move(os.path.join(d, "copy"), os.path.join(d, "renamed"))
    print(sorted(os.listdir(d)))
    shutil.rmtree(os.path.join(d, "renamed"))
    print(sorted(os.listdir(d)))
    try:
        shutil.rmtree(os.path.join(d, "missing"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    shutil.rmtree(os.path.join(d, "missing"), ignore_errors=True)
    calls = []
    shutil.rmtree(os.path.join(d, "missing"), onerror=lambda fn, p, info: calls.append(
        (fn.__name__, os.path.basename(p), info[0].__name__)))
    print(calls)

    fd, name = tempfile.mkstemp(suffix=".bin", dir=d)
    print(os.write(fd, b"raw bytes"), os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 3))
    os.close(fd)
    print(os.path.dirname(name) == d, name.endswith(".bin"), os.path.getsize(name),
          oct(stat.S_IMODE(os.stat(name).st_mode)))
    sub = tempfile.mkdtemp(dir=d)
    print(oct(stat.S_IMODE(os.stat(sub).st_mode)), os.listdir(sub))
    with tempfile.NamedTemporaryFile("w", dir=d, suffix=".txt", delete=True) as t:
        t.write("named")
        t.flush()
        print(os.path.exists(t.name), open(t.name).read())
    print(os.path.exists(t.name))
    keep = tempfile.NamedTemporaryFile("w", dir=d, delete=False)
    keep.write("kept")
    keep.close()
    print(open(keep.name).read())
    holder = tempfile.TemporaryDirectory(dir=d)
    print(repr(holder).startswith("<TemporaryDirectory "), os.path.isdir(holder.name))
    holder.cleanup()
    print(os.path.exists(holder.name))
print(os.path.exists(d))

print(shutil.which("definitely-not-a-command-pyc"), shutil.which("sh") is not None)
usage = shutil.disk_usage(".")
print(usage.total >= usage.used >= 0, usage.free >= 0, len(usage))
os.environ["COLUMNS"] = "101"
os.environ["LINES"] = "33"
print(shutil.get_terminal_size(), tuple(shutil.get_terminal_size((10, 10))))

names = ["main.py", "util.py", "README.md", "data.csv", "notes.txt", "x.pyc", ".hidden"]
print(fnmatch.filter(names, "*.py"), fnmatch.filter(names, "*.py?"), fnmatch.filter(names, "[!.]*.?s?"))
print(fnmatch.fnmatch("File.TXT", "*.TXT"), fnmatch.fnmatchcase("a.txt", "A.*"),
      fnmatch.fnmatch("abc", "a[a-c]c"), fnmatch.fnmatch("a-c", "a[!a-c]c"),
      fnmatch.fnmatch("[x]", "[[]x]"), fnmatch.fnmatch("ab", "a*b*"))
