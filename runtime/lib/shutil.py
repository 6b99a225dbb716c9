"""High-level file operations: copying files and trees, moving,
removing trees (rmtree), which(), disk_usage() and get_terminal_size()."""

import os
import sys
import stat
import fnmatch

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "disk_usage", "ignore_patterns", "which",
           "get_terminal_size", "SameFileError"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when copying a named pipe or other special file."""


class ExecError(OSError):
    pass


class ReadError(OSError):
    pass


class RegistryError(Exception):
    pass


def copyfileobj(fsrc, fdst, length=0):
    """Copy the rest of file-like fsrc to fdst in chunks."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        chunk = fsrc.read(length)
        if not chunk:
            break
        fdst.write(chunk)


def _same_file(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to dst (created or truncated); return dst."""
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for path in (src, dst):
        try:
            st = os.stat(path)
        except OSError:
            continue
        if stat.S_ISFIFO(st.st_mode):
            raise SpecialFileError("`%s` is a named pipe" % os.fspath(path))
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, "rb") as fsrc:
        data = fsrc.read()
    try:
        with open(dst, "wb") as fdst:
            fdst.write(data)
    except IsADirectoryError as e:
        if not os.path.exists(dst):
            raise FileNotFoundError(2, "Directory does not exist: %s" % os.fspath(dst)) from e
        raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst."""
    st = os.stat(src, follow_symlinks=follow_symlinks)
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy permission bits and access/modification times of src to dst."""
    st = os.stat(src, follow_symlinks=follow_symlinks)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns), follow_symlinks=follow_symlinks)
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def _target(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(os.fspath(src)))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits; dst may be a directory."""
    dst = _target(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata (permission bits and times)."""
    dst = _target(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """An `ignore` callable for copytree that skips names matching any of
    the glob patterns."""
    def _ignore(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree at src to dst; return dst. Errors from
    individual files are collected and raised together as Error."""
    names = sorted(os.listdir(src))
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if os.path.islink(srcname) and symlinks:
                os.symlink(os.readlink(srcname), dstname)
            elif os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            elif os.path.islink(srcname) and not os.path.exists(srcname):
                if not ignore_dangling_symlinks:
                    copy_function(srcname, dstname)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Remove a directory and everything below it. Errors go to
    onerror(function, path, exc_info) when given, are ignored with
    ignore_errors, and are raised otherwise."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        st = os.lstat(path)
    except OSError:
        onerror(os.lstat, path, sys.exc_info())
        return
    try:
        if stat.S_ISLNK(st.st_mode):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    _rmtree_inside(path, onerror)
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def _rmtree_inside(path, onerror):
    try:
        names = os.listdir(path)
    except OSError:
        onerror(os.listdir, path, sys.exc_info())
        return
    for name in names:
        full = os.path.join(path, name)
        try:
            is_dir = stat.S_ISDIR(os.lstat(full).st_mode)
        except OSError:
            is_dir = False
        if is_dir:
            _rmtree_inside(full, onerror)
            try:
                os.rmdir(full)
            except OSError:
                onerror(os.rmdir, full, sys.exc_info())
        else:
            try:
                os.unlink(full)
            except OSError:
                onerror(os.unlink, full, sys.exc_info())


def _basename(path):
    path = os.fspath(path)
    sep = os.path.sep + (os.path.altsep or "")
    return os.path.basename(path.rstrip(sep))


def move(src, dst, copy_function=copy2):
    """Move src (file or directory) to dst, into it when dst is a
    directory; rename when possible, copy and delete otherwise."""
    real_dst = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            os.symlink(os.readlink(src), real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _is_inside(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _is_inside(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


class _usage(tuple):
    total = property(lambda self: self[0])
    used = property(lambda self: self[1])
    free = property(lambda self: self[2])

    def __repr__(self):
        return "usage(total=%r, used=%r, free=%r)" % tuple(self)


def disk_usage(path):
    """(total, used, free) bytes of the file system holding path."""
    st = os.statvfs(path)
    free = st.f_bavail * st.f_frsize
    total = st.f_blocks * st.f_frsize
    used = (st.f_blocks - st.f_bfree) * st.f_frsize
    return _usage((total, used, free))


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the executable that running cmd would use, or None."""
    def usable(fn):
        return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)

    if os.path.dirname(cmd):
        return cmd if usable(cmd) else None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    seen = set()
    for d in os.fspath(path).split(os.pathsep):
        if d in seen:
            continue
        seen.add(d)
        name = os.path.join(d, cmd)
        if usable(name):
            return name
    return None


def get_terminal_size(fallback=(80, 24)):
    """(columns, lines): $COLUMNS/$LINES, else the terminal on stdout,
    else fallback."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ["LINES"])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))
