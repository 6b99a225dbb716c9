"""Conversions between binary data and ASCII encodings: base64 (with
CPython's lenient and strict decoding rules and messages), hex, and
CRC-32."""

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "a2b_hex", "b2a_hex",
           "hexlify", "unhexlify", "crc32"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = "binascii"
Incomplete.__module__ = "binascii"

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {c: i for i, c in enumerate(_B64)}


def _ascii_data(data, what="argument"):
    """bytes of an ASCII str or a bytes-like object."""
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None


def _bytes_like(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) \
            from None


def a2b_base64(data, /, *, strict_mode=False):
    """Decode base64 data (characters outside the alphabet are skipped
    unless strict_mode)."""
    data = _ascii_data(data)
    out = bytearray()
    quad = 0
    left = 0
    pads = 0
    count = 0
    padding_started = False
    if strict_mode and data[:1] == b"=":
        raise Error("Leading padding not allowed")
    for i, c in enumerate(data):
        if c == 0x3D:
            padding_started = True
            pads += 1
            if quad >= 2 and quad + pads >= 4:
                if strict_mode and i + 1 < len(data):
                    raise Error("Excess data after padding")
                return bytes(out)
            continue
        value = _B64_VALUE.get(c)
        if value is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        count += 1
        if quad == 0:
            quad = 1
            left = value
        elif quad == 1:
            quad = 2
            out.append(((left << 2) | (value >> 4)) & 0xFF)
            left = value & 0x0F
        elif quad == 2:
            quad = 3
            out.append(((left << 4) | (value >> 2)) & 0xFF)
            left = value & 0x03
        else:
            quad = 0
            out.append(((left << 6) | value) & 0xFF)
            left = 0
    if quad:
        if quad == 1:
            raise Error("Invalid base64-encoded string: number of data characters (%d) "
                        "cannot be 1 more than a multiple of 4" % count)
        raise Error("Incorrect padding")
    return bytes(out)


def b2a_base64(data, /, *, newline=True):
    """Encode bytes as a line of base64 (with a trailing newline)."""
    data = _bytes_like(data)
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b"=="
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data (as bytes)."""
    data = _bytes_like(data)
    if sep is None:
        return data.hex().encode("ascii")
    return data.hex(sep, bytes_per_sep).encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    """Binary data of a hexadecimal string."""
    data = _ascii_data(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    digits = b"0123456789abcdefABCDEF"
    if any(c not in digits for c in data):
        raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(data.decode("ascii"))


a2b_hex = unhexlify


_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)
del _n, _c, _k


def crc32(data, crc=0, /):
    """CRC-32 of data, continuing from crc."""
    data = _bytes_like(data)
    crc = ~crc & 0xFFFFFFFF
    table = _CRC_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
