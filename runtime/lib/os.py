"""Operating-system interfaces, on top of the built-in `posix` module:
file-system calls, the environment (`environ`, `getenv`), `stat_result`,
`scandir`/`walk`, `makedirs`/`removedirs`, `fspath`, and `os.path`
(which is `posixpath`, also registered as `sys.modules['os.path']`)."""

import sys
import abc as _abc

from posix import (getcwd, getcwdb, chdir, listdir, mkdir, rmdir, unlink, remove,
                   rename, replace, symlink, link, readlink, access, chmod, umask,
                   getpid, getppid, getuid, getgid, isatty, urandom, cpu_count,
                   strerror, _exit, open, close, read, write, lseek, utime,
                   F_OK, R_OK, W_OK, X_OK, O_RDONLY, O_WRONLY, O_RDWR, O_APPEND,
                   O_CREAT, O_EXCL, O_TRUNC, O_NOFOLLOW, O_CLOEXEC, O_NONBLOCK,
                   O_DIRECTORY, EX_OK)
import posix as _posix

name = "posix"
linesep = "\n"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

error = OSError
supports_bytes_environ = True


def fspath(path):
    """The file-system representation of path: str and bytes as they are,
    otherwise what its type's __fspath__() returns (str or bytes)."""
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    try:
        method = kind.__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + kind.__name__) from None
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (kind.__name__, type(result).__name__))


class PathLike(_abc.ABC):
    """Abstract base class of objects with __fspath__()."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if "__fspath__" in klass.__dict__:
                    return klass.__dict__["__fspath__"] is not None
        return NotImplemented


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


class stat_result(tuple):
    """The result of stat(): a 10-item tuple (mode, ino, dev, nlink, uid,
    gid, size, and whole-second atime, mtime, ctime) with named fields,
    float times and nanosecond times as attributes."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
              "st_size")

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 10:
            raise TypeError("os.stat_result() takes an at least 10-sequence (%d-sequence given)"
                            % len(seq))
        if len(seq) > 19:
            raise TypeError("os.stat_result() takes an at most 19-sequence (%d-sequence given)"
                            % len(seq))
        self = tuple.__new__(cls, seq[:10])
        extra = dict or {}
        for i, key in enumerate(("st_atime", "st_mtime", "st_ctime")):
            object.__setattr__(self, key, extra.get(key, seq[7 + i]))
        for key in ("st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks"):
            object.__setattr__(self, key, extra.get(key))
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        names = self._names + ("st_atime", "st_mtime", "st_ctime")
        return "os.stat_result(%s)" % ", ".join(
            "%s=%r" % (n, v) for n, v in zip(names, self))

    def __reduce__(self):
        return (stat_result, (tuple(self),))


stat_result.__module__ = "os"


def _make_stat(raw):
    mode, ino, dev, nlink, uid, gid, size, at, mt, ct, at_ns, mt_ns, ct_ns, blksize, blocks = raw
    return stat_result((mode, ino, dev, nlink, uid, gid, size, int(at), int(mt), int(ct)),
                       {"st_atime": at, "st_mtime": mt, "st_ctime": ct,
                        "st_atime_ns": at_ns, "st_mtime_ns": mt_ns, "st_ctime_ns": ct_ns,
                        "st_blksize": blksize, "st_blocks": blocks})


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Status of a file (following symbolic links unless told not to)."""
    return _make_stat(_posix.stat(path, dir_fd=dir_fd, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Status of a file, not following symbolic links."""
    return _make_stat(_posix.lstat(path, dir_fd=dir_fd))


class terminal_size(tuple):
    """(columns, lines) of a terminal."""

    n_sequence_fields = 2
    n_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 2:
            raise TypeError("os.terminal_size() takes a 2-sequence (%d-sequence given)"
                            % len(seq))
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return "os.terminal_size(columns=%r, lines=%r)" % (self[0], self[1])


terminal_size.__module__ = "os"


def get_terminal_size(fd=1):
    """The size of the terminal on file descriptor fd (OSError when it
    is not a terminal)."""
    return terminal_size(_posix.get_terminal_size(fd))


class statvfs_result(tuple):
    """The result of statvfs(): file-system block and inode counts."""

    _names = ("f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files",
              "f_ffree", "f_favail", "f_flag", "f_namemax")

    def __getattr__(self, name):
        try:
            return self[self._names.index(name)]
        except ValueError:
            raise AttributeError(name) from None

    def __repr__(self):
        return "os.statvfs_result(%s)" % ", ".join(
            "%s=%r" % (n, v) for n, v in zip(self._names, self))


statvfs_result.__module__ = "os"


def statvfs(path):
    return statvfs_result(_posix.statvfs(path))


def _check_env_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


from collections.abc import MutableMapping as _MutableMapping


class _Environ(_MutableMapping):
    """os.environ: the process environment as a str -> str mapping;
    assignments and deletions update the real environment too."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_check_env_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _check_env_str(key)
        _check_env_str(value)
        _posix.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _check_env_str(key)
        if key not in self._data:
            raise KeyError(key)
        _posix.unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return isinstance(key, str) and key in self._data

    def __repr__(self):
        return "environ({%s})" % ", ".join(
            "%r: %r" % (k, v) for k, v in self._data.items())

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict) and not isinstance(other, _MutableMapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict) and not isinstance(other, _MutableMapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    """environ[key], or default when the variable is not set."""
    return environ.get(key, default)


def putenv(name, value):
    _posix.putenv(name, value)


def unsetenv(name):
    _posix.unsetenv(name)


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get("PATH", defpath).split(pathsep)


import posixpath as path
sys.modules["os.path"] = path


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a directory and any missing parents; FileExistsError if the
    leaf already exists unless exist_ok."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == (b"." if isinstance(tail, bytes) else "."):
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a directory, then its parents as long as they are empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """One entry produced by scandir()."""

    __slots__ = ("name", "path", "_lstat", "_stat")

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._lstat = None
        self._stat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    def __init__(self, directory):
        names = listdir(directory)
        if directory is None:
            directory = "."
        directory = fspath(directory)
        self._entries = iter([DirEntry(directory, n) for n in names])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path=None):
    """An iterator of DirEntry objects for the entries of path."""
    return _ScandirIterator(path)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yield (dirpath, dirnames, filenames) for top and every directory
    below it; with topdown, dirnames may be pruned in place."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    nondirs = []
    for entry in entries:
        (dirs if entry.is_dir() else nondirs).append(entry.name)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs
