"""Secure hashes and message digests: md5, sha1, sha224, sha256, sha384
and sha512 objects (update/digest/hexdigest/copy) and new(name), over the
runtime's `_hashlib`. An object keeps the data given to update() and
digests it all when asked."""

import _hashlib

__all__ = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new",
           "algorithms_guaranteed", "algorithms_available", "file_digest"]

_SIZES = {"md5": (16, 64), "sha1": (20, 64), "sha224": (28, 64), "sha256": (32, 64),
          "sha384": (48, 128), "sha512": (64, 128)}

algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("object supporting the buffer API required") from None


class _Hash:
    """A running digest computation."""

    __slots__ = ("_name", "_data")

    def __init__(self, name, data=b""):
        self._name = name
        self._data = bytearray(_as_bytes(data))

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _SIZES[self._name][0]

    @property
    def block_size(self):
        return _SIZES[self._name][1]

    def update(self, data):
        self._data += _as_bytes(data)

    def digest(self):
        return _hashlib.digest(self._name, self._data)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = _Hash(self._name)
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return "<%s _hashlib.HASH object @ %#x>" % (self._name, id(self))


_Hash.__name__ = _Hash.__qualname__ = "HASH"
_Hash.__module__ = "_hashlib"


def new(name, data=b"", **kwargs):
    """A hash object for the algorithm called name."""
    key = name.lower() if isinstance(name, str) else name
    if key not in _SIZES:
        raise ValueError("unsupported hash type " + str(name))
    return _Hash(key, data)


def _constructor(name):
    def make(string=b"", *, usedforsecurity=True):
        return _Hash(name, string)
    make.__name__ = "openssl_" + name
    make.__qualname__ = make.__name__
    return make


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """Hash the contents of a binary file object."""
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h
