# pathlib (pure path arithmetic and file-system methods) and glob.
import glob
import os
import tempfile
from pathlib import Path, PurePath, PurePosixPath, PosixPath

for text in ["", "a/b", "/usr/lib/python3.11/os.py", "//net/share", "a//b/./c/", "../x",
             "archive.tar.gz", ".bashrc", "name."]:
    p = PurePath(text)
    print(repr(p), p.parts, repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem),
          repr(p.parent), repr(p.anchor), p.is_absolute())
p = PurePath("/srv/data/report.csv")
print(list(p.parents), p.parents[1], p.parents[-1], len(p.parents))
print(p.with_name("x.txt"), p.with_suffix(".json"), p.with_stem("summary"), p.with_suffix(""))
print(p.relative_to("/srv"), p.is_relative_to("/srv/data"), p.is_relative_to("/etc"))
print(p / "more" / PurePath("deeper"), "prefix" / PurePath("rel"), p.joinpath("a", "/abs"))
print(p.match("*.csv"), p.match("data/*.csv"), p.match("/*.csv"), p.as_uri(), p.as_posix())
print(PurePath("a") == PurePosixPath("a"), PurePath("a/b") == PurePath("a//b/"),
      PurePath("a") < PurePath("b"), sorted([PurePath("b"), PurePath("/z"), PurePath("a/c")]),
      len({PurePath("x"), PurePath("x/"), PurePath("y")}))
print(type(PurePath("a")).__name__, type(Path("a")).__name__, isinstance(Path("a"), PurePath),
      os.fspath(PurePath("f/g")), str(Path("h")), bytes(PurePath("ab")))
for bad in [lambda: PurePath(3), lambda: p.with_name(""), lambda: PurePath("/").with_name("x"),
            lambda: p.with_suffix("json"), lambda: p.relative_to("/etc"), lambda: p.parents[9],
            lambda: PurePath("rel").as_uri(), lambda: PurePath("a") < "b"]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

with tempfile.TemporaryDirectory() as d:
    root = Path(d)
    (root / "pkg" / "sub").mkdir(parents=True)
    (root / "pkg" / "sub").mkdir(parents=True, exist_ok=True)
    print((root / "pkg" / "__init__.py").write_text(""), (root / "pkg" / "mod.py").write_text("x = 1\n"))
    (root / "pkg" / "sub" / "deep.py").write_text("y = 2\n")
    (root / "pkg" / "sub" / "data.txt").write_bytes(b"\x00\x01binary")
    (root / ".hidden.py").touch()
    (root / "notes.md").write_text("# notes\nline\n")
    print((root / "notes.md").read_text().splitlines(), (root / "pkg" / "sub" / "data.txt").read_bytes())
    rel = lambda paths: sorted(str(x.relative_to(root)) for x in paths)
    print(rel(root.iterdir()))
    print(rel(root.glob("*")), rel(root.glob("*.py")))
    print(rel(root.glob("**/*.py")), rel(root.rglob("*.txt")), rel(root.glob("*/")))
    print(rel(root.glob("pkg/*/*")), rel(root.glob("**")))
    f = root / "pkg" / "mod.py"
    print(f.exists(), f.is_file(), f.is_dir(), f.parent.is_dir(), f.is_symlink(), f.stat().st_size)
    print((root / "missing").exists(), (root / "missing").is_file())
    with f.open() as fh:
        print(fh.read().strip())
    with open(f) as fh:
        print(fh.name == str(f), fh.readline().strip())
    moved = f.rename(root / "pkg" / "renamed.py")
    print(moved.name, f.exists(), moved.exists())
    moved.unlink()
    moved.unlink(missing_ok=True)
    try:
        moved.unlink()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    try:
        (root / "nope" / "x").mkdir()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror)
    try:
        (root / "pkg").mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.strerror)
    try:
        (root / "x.txt").write_text(42)
    except TypeError as e:
        print("TypeError", e)
    print(root.resolve() == Path(os.path.realpath(d)), Path.cwd() == Path(os.getcwd()),
          Path("rel").absolute() == Path.cwd() / "rel")
    old = os.getcwd()
    os.chdir(d)
    try:
        print(sorted(glob.glob("*")), sorted(glob.glob("*", include_hidden=True)))
        print(sorted(glob.glob("**/*.py", recursive=True)), sorted(glob.glob("pkg/*/")))
        print(sorted(glob.glob("**", recursive=True)), glob.glob("missing*"), glob.glob("notes.md"))
        print(sorted(glob.glob("*.py", root_dir="pkg")), sorted(glob.iglob("p?g/s*/d*")))
    finally:
        os.chdir(old)
print(glob.escape("what?[x]*"), glob.has_magic("a*"), glob.has_magic("plain"))
