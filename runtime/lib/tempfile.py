"""Temporary files and directories with unpredictable names: mkstemp,
mkdtemp, gettempdir, TemporaryDirectory, NamedTemporaryFile and
TemporaryFile.

Names are prefix + 8 characters drawn from os.urandom + suffix; creation
uses O_EXCL (files) or mkdir (directories) and retries on a name clash,
so two callers never get the same path."""

import os
import sys

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix",
           "tempdir", "template", "gettempdir", "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _random_name():
    data = os.urandom(8)
    return "".join(_NAME_CHARS[b % len(_NAME_CHARS)] for b in data)


def _candidate_dirs():
    for var in ("TMPDIR", "TEMP", "TMP"):
        value = os.getenv(var)
        if value:
            yield value
    yield from ("/tmp", "/var/tmp", "/usr/tmp")
    try:
        yield os.getcwd()
    except OSError:
        yield os.curdir


def _find_tempdir():
    for d in _candidate_dirs():
        if d != os.curdir:
            d = os.path.abspath(d)
        if os.path.isdir(d) and os.access(d, os.W_OK | os.X_OK):
            return d
    raise FileNotFoundError(2, "No usable temporary directory found in %s"
                            % list(_candidate_dirs()))


def gettempdir():
    """The directory temporary files go to (decided once, then cached)."""
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return tempdir


def gettempdirb():
    return os.fsencode(gettempdir())


def gettempprefix():
    return template


def gettempprefixb():
    return os.fsencode(template)


def _parts(suffix, prefix, dir):
    """Defaults for suffix/prefix/dir, all str or all bytes."""
    kinds = {type(x) for x in (suffix, prefix, dir) if x is not None}
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    as_bytes = bytes in kinds
    if suffix is None:
        suffix = b"" if as_bytes else ""
    if prefix is None:
        prefix = gettempprefixb() if as_bytes else template
    if dir is None:
        dir = gettempdirb() if as_bytes else gettempdir()
    return suffix, prefix, dir, as_bytes


def _names(prefix, suffix, dir, as_bytes):
    for _ in range(TMP_MAX):
        name = _random_name()
        if as_bytes:
            name = name.encode()
        yield os.path.join(dir, prefix + name + suffix)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file readable and writable only by this user; return
    (os-level file descriptor, absolute path)."""
    suffix, prefix, dir, as_bytes = _parts(suffix, prefix, dir)
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW
    for path in _names(prefix, suffix, dir, as_bytes):
        try:
            fd = os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory accessible only by this user; return its
    absolute path."""
    suffix, prefix, dir, as_bytes = _parts(suffix, prefix, dir)
    for path in _names(prefix, suffix, dir, as_bytes):
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: prefer mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for path in _names(prefix, suffix, dir, False):
        if not os.path.lexists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object whose path is removed when it is closed (if delete);
    other attributes come from the file itself."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._removed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._cleanup()
        return result

    def close(self):
        try:
            self.file.close()
        finally:
            self._cleanup()

    def _cleanup(self):
        if self.delete and not self._removed:
            self._removed = True
            try:
                os.unlink(self.name)
            except FileNotFoundError:
                pass

    def __iter__(self):
        return iter(self.file)

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper file=%r name=%r>" % (self.file, self.name)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (.name), removed on close
    unless delete is false."""
    fd, name = mkstemp(suffix, prefix, dir)
    os.close(fd)
    try:
        file = open(name, mode, buffering=buffering, encoding=encoding,
                    newline=newline, errors=errors)
    except BaseException:
        os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """A temporary file removed when closed."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix,
                              dir, True, errors=errors)


class TemporaryDirectory:
    """A temporary directory (.name) removed with everything in it by
    cleanup(), at the end of a with block, or when the object dies."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._done:
            return
        self._done = True
        if os.path.lexists(self.name):
            import shutil
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        try:
            self.cleanup()
        except Exception:
            pass
