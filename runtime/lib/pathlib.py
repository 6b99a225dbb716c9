"""Object-oriented file-system paths (POSIX flavour): PurePath and
PurePosixPath do path arithmetic only; Path and PosixPath also touch the
file system (stat, open, read/write, mkdir, iterdir, glob, ...).

A path is stored as its root ('', '/' or '//') and a tuple of parts with
empty and '.' components removed; str() joins them, and equality,
hashing and ordering compare the parts."""

import fnmatch
import os
import stat

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath",
           "WindowsPath"]


def _parse(text):
    """(root, parts) of one POSIX path string."""
    if text.startswith("/"):
        root = "//" if text.startswith("//") and not text.startswith("///") else "/"
    else:
        root = ""
    parts = [p for p in text.split("/") if p and p != "."]
    return root, parts


def _segment_text(arg):
    if isinstance(arg, PurePath):
        return str(arg)
    text = os.fspath(arg)
    if isinstance(text, bytes):
        raise TypeError("argument should be a str object or an os.PathLike object "
                        "returning str, not %r" % (type(text),))
    return text


class _Parents:
    """The ancestors of a path, nearest first, as a sequence."""

    __slots__ = ("_path", "_count")

    def __init__(self, path):
        self._path = path
        self._count = len(path._parts)

    def __len__(self):
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(self._count)))
        if index >= self._count or index < -self._count:
            raise IndexError(index)
        if index < 0:
            index += self._count
        p = self._path
        return p._make(p._root, p._parts[:self._count - index - 1])

    def __iter__(self):
        for i in range(self._count):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path with no file-system access."""

    __slots__ = ("_root", "_parts", "_str", "_hash")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._init(args)
        return self

    def _init(self, args):
        root = ""
        parts = []
        for arg in args:
            r, ps = _parse(_segment_text(arg))
            if r:
                root = r
                parts = ps
            else:
                parts.extend(ps)
        self._root = root
        self._parts = tuple(parts)
        self._str = None
        self._hash = None

    def _make(self, root, parts):
        new = object.__new__(type(self))
        new._root = root
        new._parts = tuple(parts)
        new._str = None
        new._hash = None
        return new

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        if self._str is None:
            self._str = (self._root + "/".join(self._parts)) or "."
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """The path as a file: URI (absolute paths only)."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return "file://" + _quote(os.fsencode(str(self)))

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._key())
        return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() < other._cmp_parts()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() <= other._cmp_parts()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() > other._cmp_parts()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cmp_parts() >= other._cmp_parts()

    def _cmp_parts(self):
        return ([self._root] if self._root else []) + list(self._parts)

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return ((self._root,) if self._root else ()) + self._parts

    @property
    def name(self):
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._make(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        return self._make(self._root, self._parts[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or (suffix and (not suffix.startswith(".") or suffix == ".")):
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._make(self._root, self._parts[:-1] + (name,))

    def relative_to(self, *other):
        """This path relative to `other` (ValueError when it is not below it)."""
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)(*other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative "
                             "and the other is absolute.".format(str(self), str(base)))
        return self._make("", self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        """Whether the path matches the glob pattern, compared from the
        right (the whole path when the pattern is absolute)."""
        pat = type(self)(path_pattern)
        pat_parts = pat.parts
        if not pat_parts:
            raise ValueError("empty pattern")
        parts = self.parts
        if pat._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    """A PurePath with POSIX semantics."""

    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths are not supported by this runtime."""

    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))


_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def _quote(data):
    return "".join(chr(b) if b in _SAFE else "%%%02X" % b for b in data)


class Path(PurePath):
    """A path that can be used to reach the file system."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._init(args)
        return self

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser("~"))

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(os.path.realpath(self, strict=strict))

    def expanduser(self):
        if self._parts and self._parts[0].startswith("~") and not self._root:
            home = os.path.expanduser(self._parts[0])
            if home == self._parts[0]:
                raise RuntimeError("Could not determine home directory.")
            return type(self)(home, *self._parts[1:])
        return self

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def _mode(self, follow=True):
        try:
            return self.stat(follow_symlinks=follow).st_mode
        except (OSError, ValueError):
            return 0

    def exists(self):
        try:
            self.stat()
        except (OSError, ValueError):
            return False
        return True

    def is_dir(self):
        return stat.S_ISDIR(self._mode())

    def is_file(self):
        return stat.S_ISREG(self._mode())

    def is_symlink(self):
        return stat.S_ISLNK(self._mode(False))

    def is_fifo(self):
        return stat.S_ISFIFO(self._mode())

    def is_socket(self):
        return stat.S_ISSOCK(self._mode())

    def is_block_device(self):
        return stat.S_ISBLK(self._mode())

    def is_char_device(self):
        return stat.S_ISCHR(self._mode())

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        st = self.stat()
        try:
            other = other_path.stat()
        except AttributeError:
            other = os.stat(other_path)
        return st.st_ino == other.st_ino and st.st_dev == other.st_dev

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        data = memoryview(data).tobytes()
        with self.open(mode="wb") as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def hardlink_to(self, target):
        os.link(target, self)

    def readlink(self):
        return type(self)(os.readlink(self))

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def iterdir(self):
        """The entries of this directory (not '.' or '..')."""
        for name in os.listdir(self):
            yield self._make(self._root, self._parts + (name,))

    def _child(self, name):
        return self._make(self._root, self._parts + (name,))

    def glob(self, pattern):
        """Paths below this one matching the relative glob pattern
        (`*` and `?` also match names starting with a dot; `**` is any
        number of directories)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = list(pat._parts)
        if pattern.endswith("/"):
            parts.append("")
        seen = set()
        for p in _select(self, parts):
            if p not in seen:
                seen.add(p)
                yield p

    def rglob(self, pattern):
        yield from self.glob("**/" + pattern)

    def owner(self):
        raise NotImplementedError("Path.owner() is unsupported on this system")

    def group(self):
        raise NotImplementedError("Path.group() is unsupported on this system")


def _scan(path):
    try:
        return [(name, path._child(name)) for name in os.listdir(path)]
    except (PermissionError, FileNotFoundError, NotADirectoryError):
        return []


def _select(path, parts):
    """Paths below `path` matching the pattern components `parts`."""
    if not parts:
        yield path
        return
    head, rest = parts[0], parts[1:]
    if head == "":
        if path.is_dir():
            yield path
        return
    if head == "**":
        for d in _walk_dirs(path):
            yield from _select(d, rest)
        return
    if head == "..":
        yield from _select(path._child(".."), rest)
        return
    if not any(c in head for c in "*?["):
        child = path._child(head)
        if rest:
            if child.is_dir():
                yield from _select(child, rest)
        elif child.exists() or os.path.lexists(child):
            yield child
        return
    for name, child in _scan(path):
        if fnmatch.fnmatchcase(name, head):
            if rest:
                if child.is_dir():
                    yield from _select(child, rest)
            else:
                yield child


def _walk_dirs(path):
    """path and every directory below it (not following symbolic links)."""
    yield path
    for name, child in _scan(path):
        if child.is_dir() and not child.is_symlink():
            yield from _walk_dirs(child)


class PosixPath(Path, PurePosixPath):
    """A Path with POSIX semantics."""

    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
