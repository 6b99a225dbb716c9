"""Streams: the in-memory StringIO and BytesIO, the abstract base classes
(IOBase, RawIOBase, BufferedIOBase, TextIOBase), and the runtime's file
types (TextIOWrapper, BufferedReader, ...) from the built-in `_io`.

StringIO keeps its text as one string `_buf` plus a list `_tail` of
pieces written at the end since `_buf` was last joined; `_size` is the
total length and `_pos` the current position (code points). BytesIO keeps a
bytearray. Positions past the end are allowed; writing there pads with
NULs, as CPython does."""

import abc as _abc
from _io import (TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom,
                 DEFAULT_BUFFER_SIZE, _StdoutStream, _StdinStream)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "BytesIO", "StringIO", "BufferedIOBase", "BufferedReader",
           "BufferedWriter", "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

open = open
BlockingIOError = BlockingIOError


def open_code(path):
    """Open a file for reading as code: binary, read-only."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """The encoding to use when `encoding` was not given ("locale")."""
    return "locale" if encoding is None else encoding


class UnsupportedOperation(OSError, ValueError):
    pass


def _unsupported(name):
    raise UnsupportedOperation(name)


def _index(value):
    """An int from an object with __index__ (TypeError as CPython's)."""
    if isinstance(value, int):
        return value
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return method(value)


def _size_arg(size):
    """A read size: None or negative means everything (-1)."""
    if size is None:
        return -1
    if not isinstance(size, int):
        try:
            method = type(size).__index__
        except AttributeError:
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(size).__name__) from None
        size = method(size)
    return size


class _IOBase:
    """Behaviour shared by every stream: closing, context management,
    iteration by lines, and 'unsupported' defaults."""

    __closed = False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    @property
    def closed(self):
        return self.__closed

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def flush(self):
        self._checkClosed()

    def seek(self, pos, whence=0):
        _unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        _unsupported("truncate")

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def fileno(self):
        _unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        size = _size_arg(size)
        out = bytearray()
        while size < 0 or len(out) < size:
            b = self.read(1)
            if not b:
                break
            out += b
            if out.endswith(b"\n"):
                break
        return bytes(out)

    def readlines(self, hint=None):
        hint = _size_arg(hint)
        if hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    def read(self, size=-1):
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        out = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            out += data
        return bytes(out)

    def readinto(self, b):
        _unsupported("readinto")

    def write(self, b):
        _unsupported("write")


class _BufferedIOBase(_IOBase):
    def read(self, size=-1):
        _unsupported("read")

    def read1(self, size=-1):
        _unsupported("read1")

    def write(self, b):
        _unsupported("write")

    def detach(self):
        _unsupported("detach")

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    readinto1 = readinto


class _TextIOBase(_IOBase):
    def read(self, size=-1):
        _unsupported("read")

    def write(self, s):
        _unsupported("write")

    def detach(self):
        _unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


for _cls in (_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase):
    _cls.__module__ = "_io"


class IOBase(_IOBase, metaclass=_abc.ABCMeta):
    pass


class RawIOBase(_RawIOBase, IOBase):
    pass


class BufferedIOBase(_BufferedIOBase, IOBase):
    pass


class TextIOBase(_TextIOBase, IOBase):
    pass


_NEWLINES = (None, "", "\n", "\r", "\r\n")


class StringIO(_TextIOBase):
    """A text stream kept in memory."""

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in _NEWLINES:
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._closed = False
        self._buf = ""
        self._tail = []
        self._size = 0
        self._pos = 0
        self._seen = set()
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _text(self):
        """The whole contents as one string."""
        if self._tail:
            self._buf = self._buf + "".join(self._tail)
            self._tail = []
        return self._buf

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._buf = ""
        self._tail = []

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        seen = self._seen
        if not seen:
            return None
        kinds = tuple(k for k in ("\r", "\n", "\r\n") if k in seen)
        return kinds[0] if len(kinds) == 1 else kinds

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def getvalue(self):
        self._check()
        return self._text()

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        nl = self._newline
        if nl is None:
            if "\r" in s:
                crlf = s.count("\r\n")
                if crlf:
                    self._seen.add("\r\n")
                if s.count("\r") > crlf:
                    self._seen.add("\r")
                if s.count("\n") > crlf:
                    self._seen.add("\n")
                s = s.replace("\r\n", "\n").replace("\r", "\n")
            elif "\n" in s:
                self._seen.add("\n")
        elif nl == "\r" or nl == "\r\n":
            s = s.replace("\n", nl)
        pos = self._pos
        size = self._size
        k = len(s)
        if pos == size:
            self._tail.append(s)
            self._size = size + k
        elif pos > size:
            self._tail.append("\0" * (pos - size))
            self._tail.append(s)
            self._size = pos + k
        else:
            text = self._text()
            self._buf = text[:pos] + s + text[pos + k:]
            self._size = len(self._buf)
        self._pos = pos + k
        return n

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        text = self._text()
        pos = self._pos
        if pos >= self._size:
            return ""
        end = self._size if size < 0 else min(pos + size, self._size)
        self._pos = end
        return text[pos:end]

    def _line_end(self, text, pos):
        """Index just past the next line ending at or after pos (or the
        end of the text)."""
        nl = self._newline
        if nl is None or nl == "\n":
            i = text.find("\n", pos)
            return len(text) if i < 0 else i + 1
        if nl == "":
            i = text.find("\n", pos)
            j = text.find("\r", pos)
            if j < 0 or (0 <= i < j):
                return len(text) if i < 0 else i + 1
            if text.startswith("\n", j + 1):
                return j + 2
            return j + 1
        i = text.find(nl, pos)
        return len(text) if i < 0 else i + len(nl)

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        pos = self._pos
        if pos >= self._size:
            return ""
        text = self._text()
        end = self._line_end(text, pos)
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return text[pos:end]

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        self._check()
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        whence = _index(whence)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
        elif pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 1:
            pos = self._pos
        else:
            pos = self._size
        self._pos = pos
        return pos

    def truncate(self, pos=None):
        self._check()
        if pos is None:
            pos = self._pos
        else:
            pos = _size_arg(pos)
            if pos < 0:
                raise ValueError("Negative size value %d" % pos)
        if pos < self._size:
            self._buf = self._text()[:pos]
            self._size = pos
        return pos

    def detach(self):
        raise UnsupportedOperation("detach")

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


class BytesIO(_BufferedIOBase):
    """A binary stream kept in memory."""

    def __init__(self, initial_bytes=b""):
        self._buf = bytearray()
        self._pos = 0
        self._closed = False
        if initial_bytes is not None:
            self._buf += _as_bytes(initial_bytes)

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        self._check()
        return memoryview(self._buf)

    def write(self, b):
        self._check()
        data = _as_bytes(b)
        n = len(data)
        pos = self._pos
        buf = self._buf
        if pos > len(buf):
            buf += bytes(pos - len(buf))
        buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b""
        end = len(buf) if size < 0 else min(pos + size, len(buf))
        self._pos = end
        return bytes(buf[pos:end])

    read1 = read

    def __iter__(self):
        return self

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b""
        i = buf.find(b"\n", pos)
        end = len(buf) if i < 0 else i + 1
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return bytes(buf[pos:end])

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        self._check()
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def readinto(self, b):
        self._check()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    readinto1 = readinto

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        whence = _index(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _size_arg(size)
            if size < 0:
                raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size


def _as_bytes(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    if isinstance(b, memoryview):
        return b.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


StringIO.__module__ = "_io"
BytesIO.__module__ = "_io"

for _cls in (StringIO, TextIOWrapper, _StdoutStream, _StdinStream):
    TextIOBase.register(_cls)
for _cls in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_cls)
del _cls
