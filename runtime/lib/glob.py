"""Unix shell-style pathname expansion: glob() and iglob() list the paths
matching a pattern with `*`, `?` and `[...]` in any component (and `**`
for any depth with recursive=True). Names starting with a dot only match
patterns that start with a dot, unless include_hidden. Results come in
directory order."""

import fnmatch
import os

__all__ = ["glob", "iglob", "escape", "has_magic"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator of the paths matching pathname."""
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    results = _expand(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _is_recursive(pathname[:2])):
        # A leading '**' also yields the empty path; drop it.
        for first in results:
            if first:
                yield first
            break
    yield from results


def _join(a, b):
    return os.path.join(a, b) if a else b


def _expand(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _all_below(root_dir, basename, dironly, include_hidden)
        else:
            yield from _matching(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _expand(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _is_recursive(basename):
            in_dir = _all_below
        else:
            in_dir = _matching
    else:
        in_dir = _literal
    for d in dirs:
        for name in in_dir(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _names(dirname, dironly):
    """Entry names of dirname ('' is the current directory); only
    directories when dironly; nothing when it cannot be listed."""
    if not dirname:
        dirname = os.curdir if isinstance(dirname, str) else os.curdir.encode()
    try:
        with os.scandir(dirname) as it:
            return [e.name for e in it if not dironly or e.is_dir()]
    except OSError:
        return []


def _visible(names, pattern, include_hidden):
    if include_hidden or _is_hidden(pattern):
        return names
    return [n for n in names if not _is_hidden(n)]


def _matching(dirname, pattern, dironly, include_hidden):
    names = _visible(_names(dirname, dironly), pattern, include_hidden)
    return fnmatch.filter(names, pattern)


def _literal(dirname, basename, dironly, include_hidden):
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _all_below(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _descendants(dirname, dironly, include_hidden)


def _descendants(dirname, dironly, include_hidden):
    for name in _names(dirname, dironly):
        if include_hidden or not _is_hidden(name):
            yield name
            path = _join(dirname, name)
            if os.path.isdir(path) and not os.path.islink(path):
                for below in _descendants(path, dironly, include_hidden):
                    yield os.path.join(name, below)


def has_magic(s):
    """Whether s contains a wildcard character."""
    magic = b"*?[" if isinstance(s, bytes) else "*?["
    return any(c in s for c in (magic[i:i + 1] for i in range(3)))


def _is_hidden(path):
    return path[:1] in (".", b".")


def _is_recursive(pattern):
    return pattern == "**" or pattern == b"**"


def escape(pathname):
    """pathname with every wildcard character made literal ([*] etc.)."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        out = b"".join(b"[" + bytes([c]) + b"]" if c in b"*?[" else bytes([c]) for c in rest)
    else:
        out = "".join("[" + c + "]" if c in "*?[" else c for c in rest)
    return drive + out


