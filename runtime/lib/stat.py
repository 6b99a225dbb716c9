"""File mode bits and the tests on them, as in CPython's stat module:
the S_IF* file types, S_IS*() predicates on an st_mode value, the
permission bits, and filemode() (the 'ls -l' style string)."""

ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID = 0, 1, 2, 3, 4, 5
ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = 6, 7, 8, 9

_FILE_TYPE_BITS = 0o170000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001


def S_IMODE(mode):
    """The permission bits of mode (what chmod() sets)."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file-type bits of mode."""
    return mode & _FILE_TYPE_BITS


def S_ISDIR(mode):
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    return False


def S_ISPORT(mode):
    return False


def S_ISWHT(mode):
    return False


_TYPE_CHARS = (
    (S_IFLNK, "l"), (S_IFSOCK, "s"), (S_IFREG, "-"), (S_IFBLK, "b"),
    (S_IFDIR, "d"), (S_IFCHR, "c"), (S_IFIFO, "p"),
)

# For each of the nine permission positions: (bit, letter), and for the
# execute positions the special bit that changes the letter shown.
_PERM_CHARS = (
    ((S_IRUSR, "r"),), ((S_IWUSR, "w"),),
    ((S_IXUSR | S_ISUID, "s"), (S_ISUID, "S"), (S_IXUSR, "x")),
    ((S_IRGRP, "r"),), ((S_IWGRP, "w"),),
    ((S_IXGRP | S_ISGID, "s"), (S_ISGID, "S"), (S_IXGRP, "x")),
    ((S_IROTH, "r"),), ((S_IWOTH, "w"),),
    ((S_IXOTH | S_ISVTX, "t"), (S_ISVTX, "T"), (S_IXOTH, "x")),
)


def filemode(mode):
    """The ten-character 'drwxr-xr-x' string for mode."""
    out = []
    kind = S_IFMT(mode)
    for bits, ch in _TYPE_CHARS:
        if kind == bits:
            out.append(ch)
            break
    else:
        out.append("?")
    for choices in _PERM_CHARS:
        for bits, ch in choices:
            if mode & bits == bits:
                out.append(ch)
                break
        else:
            out.append("-")
    return "".join(out)
