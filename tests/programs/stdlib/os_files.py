# os: directories and files — makedirs/mkdir/listdir/stat/remove/rmdir,
# walk, scandir, rename, and the OSError subclasses with CPython's messages.
import os
import stat

base = "_os_files_tmp_%d" % os.getpid()
os.mkdir(base)
try:
    os.makedirs(os.path.join(base, "a", "b", "c"))
    os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
    for name, text in [("one.txt", "1"), ("two.log", "twenty-two"), ("a/three.txt", "333")]:
        with open(os.path.join(base, name), "w") as f:
            f.write(text)
    print(sorted(os.listdir(base)))
    st = os.stat(os.path.join(base, "two.log"))
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), len(st))
    print(type(st).__name__, type(st).__module__, isinstance(st, tuple))
    print(st[6] == st.st_size, st[0] == st.st_mode, isinstance(st.st_mtime, float))
    dst = os.stat(os.path.join(base, "a"))
    print(stat.S_ISDIR(dst.st_mode), stat.filemode(dst.st_mode)[0], stat.filemode(st.st_mode)[0])
    print(os.path.getsize(os.path.join(base, "a", "three.txt")))
    for top, dirs, files in os.walk(base):
        dirs.sort()
        print(os.path.relpath(top, base), dirs, sorted(files))
    for top, dirs, files in os.walk(base, topdown=False):
        print(os.path.relpath(top, base), sorted(dirs), sorted(files))
    entries = sorted(os.scandir(base), key=lambda e: e.name)
    print([(e.name, e.is_dir(), e.is_file()) for e in entries])
    print(entries[0].path == os.path.join(base, entries[0].name), repr(entries[0]))
    with os.scandir(base) as it:
        print(sorted(e.name for e in it if e.is_file()))
    os.rename(os.path.join(base, "one.txt"), os.path.join(base, "uno.txt"))
    print(sorted(os.listdir(base)))
    os.replace(os.path.join(base, "uno.txt"), os.path.join(base, "two.log"))
    with open(os.path.join(base, "two.log")) as f:
        print(f.read())

    def attempt(label, fn, *args):
        try:
            fn(*args)
        except OSError as e:
            shown = str(e).replace(base, "BASE")
            print(label, type(e).__name__, e.errno, shown)
        else:
            print(label, "no error")

    attempt("remove", os.remove, "no_such_file.txt")
    attempt("unlink", os.unlink, os.path.join(base, "missing"))
    attempt("mkdir", os.mkdir, base)
    attempt("rmdir", os.rmdir, os.path.join(base, "a"))
    attempt("rmdir file", os.rmdir, os.path.join(base, "two.log"))
    attempt("listdir", os.listdir, "no_such_dir")
    attempt("listdir file", os.listdir, os.path.join(base, "two.log"))
    attempt("stat", os.stat, "no/such/path")
    attempt("rename", os.rename, "nope_a", "nope_b")
    attempt("makedirs", os.makedirs, os.path.join(base, "a"))
    attempt("open", open, "no_such_file.txt")
    attempt("remove dir", os.remove, os.path.join(base, "a"))
    try:
        os.stat(None)
    except TypeError as e:
        print("TypeError:", e)
    try:
        os.listdir(3.5)
    except TypeError as e:
        print("TypeError:", e)
    e = OSError(2, "No such file or directory", "x")
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
    print(issubclass(FileNotFoundError, OSError), os.error is OSError)
finally:
    for top, dirs, files in os.walk(base, topdown=False):
        for name in files:
            os.remove(os.path.join(top, name))
        for name in dirs:
            os.rmdir(os.path.join(top, name))
    os.rmdir(base)
print(os.path.exists(base))
