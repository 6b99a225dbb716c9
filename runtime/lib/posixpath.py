"""Path manipulation for POSIX paths (what `os.path` is): splitting and
joining, normalisation, absolute and real paths, and tests on the file
system. Functions accept str, bytes or os.PathLike and answer in the same
kind (str or bytes) they were given."""

import os
import sys
import stat

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat", "curdir",
           "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False


def _sep_of(p):
    return b"/" if isinstance(p, bytes) else "/"


def _check_kinds(funcname, *args):
    """TypeError unless the arguments are all str or all bytes."""
    has_str = has_bytes = False
    for a in args:
        if isinstance(a, str):
            has_str = True
        elif isinstance(a, bytes):
            has_bytes = True
        else:
            raise TypeError("%s() argument must be str, bytes, or os.PathLike object, not %r"
                            % (funcname, type(a).__name__)) from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_sep_of(s))


def join(a, *p):
    a = os.fspath(a)
    sep = _sep_of(a)
    path = a
    try:
        if not p:
            path[:0] + sep
        for part in map(os.fspath, p):
            if part.startswith(sep):
                path = part
            elif not path or path.endswith(sep):
                path += part
            else:
                path += sep + part
    except (TypeError, AttributeError, BytesWarning):
        _check_kinds("join", a, *p)
        raise
    return path


def split(p):
    """(head, tail): tail is everything after the last slash."""
    p = os.fspath(p)
    sep = _sep_of(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot-suffix of the last component,
    empty when the component only starts with dots."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        sep, dot = b"/", b"."
    else:
        sep, dot = "/", "."
    dot_at = p.rfind(dot)
    if dot_at <= p.rfind(sep):
        return p, p[:0]
    start = p.rfind(sep) + 1
    # Leading dots of the component do not start an extension.
    while start < dot_at:
        if p[start:start + 1] != dot:
            return p[:dot_at], p[dot_at:]
        start += 1
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_sep_of(p)) + 1:]


def dirname(p):
    p = os.fspath(p)
    sep = _sep_of(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    """The longest leading run of characters shared by every item."""
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def _stat_or_none(path, follow=True):
    try:
        return os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return None


def exists(path):
    return _stat_or_none(path) is not None


def lexists(path):
    return _stat_or_none(path, False) is not None


def isfile(path):
    st = _stat_or_none(path)
    return st is not None and stat.S_ISREG(st.st_mode)


def isdir(s):
    st = _stat_or_none(s)
    return st is not None and stat.S_ISDIR(st.st_mode)


def islink(path):
    st = _stat_or_none(path, False)
    return st is not None and stat.S_ISLNK(st.st_mode)


def ismount(path):
    st = _stat_or_none(path, False)
    if st is None or stat.S_ISLNK(st.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b".." if isinstance(path, bytes) else "..")
    pst = _stat_or_none(parent, False)
    if pst is None:
        return False
    return st.st_dev != pst.st_dev or st.st_ino == pst.st_ino


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(os.stat(fp1), os.stat(fp2))


def expanduser(path):
    """Replace a leading ~ (the current user's home, from $HOME) or ~user
    (from /etc/passwd; left alone when unknown)."""
    path = os.fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    sep = _sep_of(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = os.environ.get("HOME")
    else:
        user = path[1:i]
        home = _home_of(os.fsdecode(user) if isinstance(user, bytes) else user)
    if home is None:
        return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def _home_of(user):
    """The home directory of `user` from /etc/passwd, or None."""
    try:
        with open("/etc/passwd") as f:
            for line in f:
                fields = line.rstrip("\n").split(":")
                if len(fields) >= 6 and fields[0] == user:
                    return fields[5]
    except (OSError, ValueError):
        pass
    return None


def expandvars(path):
    """Replace $name and ${name} by environment values (unknown ones are
    left as they are)."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        return os.fsencode(expandvars(os.fsdecode(path)))
    if "$" not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if path.startswith("{", i + 1):
            end = path.find("}", i + 2)
            name = path[i + 2:end] if end >= 0 else ""
            if end < 0 or not name:
                out.append(c)
                i += 1
                continue
            stop = end + 1
        else:
            stop = i + 1
            while stop < n and (path[stop].isalnum() or path[stop] == "_") and path[stop].isascii():
                stop += 1
            name = path[i + 1:stop]
            if not name:
                out.append(c)
                i += 1
                continue
        value = os.environ.get(name)
        out.append(path[i:stop] if value is None else value)
        i = stop
    return "".join(out)


def normpath(path):
    """Collapse redundant separators and . and .. components."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b"/", b"", b".", b".."
    else:
        sep, empty, dot, dotdot = "/", "", ".", ".."
    if path == empty:
        return dot
    leading = 0
    if path.startswith(sep):
        # POSIX keeps exactly two leading slashes, and folds three or more.
        leading = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    parts = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not leading and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = sep * leading + sep.join(parts)
    return result or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: absolute, symbolic links resolved (as far as
    the path exists unless strict), no . or .. components."""
    filename = os.fspath(filename)
    path, _ = _resolve(filename[:0], filename, strict, {})
    return abspath(path)


_MAX_LINKS = 40


def _resolve(path, rest, strict, seen):
    """Join `rest` onto the already-resolved `path`, resolving links;
    `seen` maps links being resolved to their result (None while in
    progress, to detect loops). Returns (path, ok)."""
    if isinstance(rest, bytes):
        sep, curdir_, pardir_ = b"/", b".", b".."
    else:
        sep, curdir_, pardir_ = "/", ".", ".."
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir_:
            continue
        if name == pardir_:
            if path:
                path, name = split(path)
                if name == pardir_:
                    path = join(path, pardir_, pardir_)
            else:
                path = pardir_
            continue
        newpath = join(path, name)
        try:
            st = os.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = stat.S_ISLNK(st.st_mode)
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                os.stat(newpath)
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _resolve(path, os.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    """path expressed relative to start (default: the current directory)."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    if isinstance(path, bytes):
        curdir_, sep, pardir_ = b".", b"/", b".."
    else:
        curdir_, sep, pardir_ = ".", "/", ".."
    if start is None:
        start = curdir_
    else:
        start = os.fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir_] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir_
    return join(*rel_list)


def commonpath(paths):
    """The longest common sub-path of the given paths."""
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        sep, curdir_ = b"/", b"."
    else:
        sep, curdir_ = "/", "."
    split_paths = [p.split(sep) for p in paths]
    try:
        (isabs_,) = set(p[:1] == sep for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != curdir_] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs_ else sep[:0]
    return prefix + sep.join(common)
