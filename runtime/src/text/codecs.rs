//! The codecs every program meets — UTF-8, ASCII and Latin-1 — for
//! `str.encode` and `bytes.decode`, with CPython 3.11's error handlers
//! (strict, ignore, replace, backslashreplace, and xmlcharrefreplace for
//! encoding) and its UnicodeDecodeError/UnicodeEncodeError details.
//!
//! Positions in decode errors are byte offsets; in encode errors they are
//! character indexes. A run of consecutive unencodable characters forms one
//! encode error, as in CPython. Unknown handler names are reported only
//! when an error actually needs handling (CPython looks them up lazily).
//! Handlers that need lone surrogates (surrogateescape, surrogatepass)
//! cannot be expressed with Rust strings and are reported as unknown;
//! namereplace needs the Unicode name table and is left to the caller.

/// A supported codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    /// UTF-8 with a byte order mark: written on encode, skipped on decode.
    Utf8Sig,
    Ascii,
    Latin1,
    /// UTF-16 (`Bom`: a BOM is written on encode and honoured on decode,
    /// little-endian otherwise).
    Utf16(Endian),
    /// UTF-32, byte order as for UTF-16.
    Utf32(Endian),
}

/// Byte order of a UTF-16/UTF-32 codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endian {
    Le,
    Be,
    Bom,
}

impl Codec {
    /// The name CPython uses in error messages.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(Endian::Le) => "utf-16-le",
            Codec::Utf16(Endian::Be) => "utf-16-be",
            Codec::Utf16(Endian::Bom) => "utf-16",
            Codec::Utf32(Endian::Le) => "utf-32-le",
            Codec::Utf32(Endian::Be) => "utf-32-be",
            Codec::Utf32(Endian::Bom) => "utf-32",
        }
    }
}

/// Looks an encoding name up the way `codecs.lookup` normalizes it
/// (case-insensitive, `_`/space/`-` interchangeable). None for encodings
/// this module does not implement.
pub fn lookup(name: &str) -> Option<Codec> {
    let n: String = name
        .trim()
        .chars()
        .map(|c| match c {
            '_' | ' ' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    Some(match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "utf-8-sig" | "utf8-sig" => Codec::Utf8Sig,
        "ascii" | "us-ascii" | "646" | "us" | "ansi-x3.4-1968" => Codec::Ascii,
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" => Codec::Latin1,
        "utf-16" | "utf16" | "u16" => Codec::Utf16(Endian::Bom),
        "utf-16-le" | "utf-16le" => Codec::Utf16(Endian::Le),
        "utf-16-be" | "utf-16be" => Codec::Utf16(Endian::Be),
        "utf-32" | "utf32" | "u32" => Codec::Utf32(Endian::Bom),
        "utf-32-le" | "utf-32le" => Codec::Utf32(Endian::Le),
        "utf-32-be" | "utf-32be" => Codec::Utf32(Endian::Be),
        _ => return None,
    })
}

/// A codec failure, with what CPython puts in the exception.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodecError {
    /// UnicodeDecodeError(encoding, object, start, end, reason); the
    /// object is the input bytes.
    Decode {
        encoding: &'static str,
        start: usize,
        end: usize,
        reason: &'static str,
        /// The first undecodable byte (for the message).
        byte: u8,
    },
    /// UnicodeEncodeError(encoding, object, start, end, reason); the
    /// object is the input str.
    Encode {
        encoding: &'static str,
        start: usize,
        end: usize,
        reason: &'static str,
        /// The first unencodable character (for the message).
        ch: char,
    },
    /// LookupError for an unknown error handler.
    UnknownHandler(String),
}

impl CodecError {
    /// `str(exception)` exactly as CPython words it.
    pub fn message(&self) -> String {
        match self {
            CodecError::Decode {
                encoding,
                start,
                end,
                reason,
                byte,
            } => {
                if *end == start + 1 {
                    format!("'{encoding}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}")
                } else {
                    format!(
                        "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                        end - 1
                    )
                }
            }
            CodecError::Encode {
                encoding,
                start,
                end,
                reason,
                ch,
            } => {
                if *end == start + 1 {
                    let cp = *ch as u32;
                    let shown = if cp < 0x100 {
                        format!("\\x{cp:02x}")
                    } else if cp < 0x10000 {
                        format!("\\u{cp:04x}")
                    } else {
                        format!("\\U{cp:08x}")
                    };
                    format!("'{encoding}' codec can't encode character '{shown}' in position {start}: {reason}")
                } else {
                    format!(
                        "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
                        end - 1
                    )
                }
            }
            CodecError::UnknownHandler(name) => format!("unknown error handler name '{name}'"),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

fn handler(name: &str, encoding: bool) -> Result<Handler, CodecError> {
    Ok(match name {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" if encoding => Handler::XmlCharRefReplace,
        _ => return Err(CodecError::UnknownHandler(name.to_string())),
    })
}

/// `bytes.decode(codec, errors)`.
pub fn decode(data: &[u8], codec: Codec, errors: &str) -> Result<String, CodecError> {
    if codec == Codec::Utf8Sig {
        let rest = data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data);
        return decode(rest, Codec::Utf8, errors);
    }
    let mut out = String::with_capacity(data.len());
    let mut pos = 0;
    // The byte order of a wide codec: a leading BOM decides it for `Bom`.
    let mut big = false;
    match codec {
        Codec::Utf16(e) => {
            big = e == Endian::Be;
            if e == Endian::Bom && data.len() >= 2 {
                if data[..2] == [0xff, 0xfe] {
                    pos = 2;
                } else if data[..2] == [0xfe, 0xff] {
                    (pos, big) = (2, true);
                }
            }
        }
        Codec::Utf32(e) => {
            big = e == Endian::Be;
            if e == Endian::Bom && data.len() >= 4 {
                if data[..4] == [0xff, 0xfe, 0, 0] {
                    pos = 4;
                } else if data[..4] == [0, 0, 0xfe, 0xff] {
                    (pos, big) = (4, true);
                }
            }
        }
        _ => {}
    }
    while pos < data.len() {
        // Decode the longest valid stretch, then handle one bad sequence.
        let (valid, bad): (usize, Option<(usize, &'static str)>) = match codec {
            Codec::Utf8 | Codec::Utf8Sig => match std::str::from_utf8(&data[pos..]) {
                Ok(s) => {
                    out.push_str(s);
                    (s.len(), None)
                }
                Err(e) => {
                    let v = e.valid_up_to();
                    // SAFETY-free: the prefix is valid UTF-8 by construction.
                    out.push_str(std::str::from_utf8(&data[pos..pos + v]).unwrap_or(""));
                    let lead = data[pos + v];
                    let info = match e.error_len() {
                        None => (data.len() - pos - v, "unexpected end of data"),
                        Some(n) if !(0xc2..=0xf4).contains(&lead) => (n, "invalid start byte"),
                        Some(n) => (n, "invalid continuation byte"),
                    };
                    (v, Some(info))
                }
            },
            Codec::Ascii => {
                let rest = &data[pos..];
                let v = rest.iter().position(|b| *b >= 0x80).unwrap_or(rest.len());
                out.extend(rest[..v].iter().map(|&b| b as char));
                (
                    v,
                    (v < rest.len()).then_some((1, "ordinal not in range(128)")),
                )
            }
            Codec::Latin1 => {
                out.extend(data[pos..].iter().map(|&b| b as char));
                (data.len() - pos, None)
            }
            Codec::Utf16(_) => decode_utf16_step(&data[pos..], big, &mut out),
            Codec::Utf32(_) => decode_utf32_step(&data[pos..], big, &mut out),
        };
        pos += valid;
        let Some((len, reason)) = bad else { continue };
        let (start, end) = (pos, pos + len);
        match handler(errors, false)? {
            Handler::Strict | Handler::XmlCharRefReplace => {
                return Err(CodecError::Decode {
                    encoding: codec.name(),
                    start,
                    end,
                    reason,
                    byte: data[start],
                })
            }
            Handler::Ignore => {}
            Handler::Replace => out.push('\u{fffd}'),
            Handler::BackslashReplace => {
                for b in &data[start..end] {
                    out.push_str(&format!("\\x{b:02x}"));
                }
            }
        }
        pos = end;
    }
    Ok(out)
}

/// Reads one 16-bit unit of `b` (at least two bytes long).
fn unit16(b: &[u8], big: bool) -> u16 {
    if big {
        u16::from_be_bytes([b[0], b[1]])
    } else {
        u16::from_le_bytes([b[0], b[1]])
    }
}

/// Decodes UTF-16 from the start of `rest` into `out` up to the first bad
/// sequence; returns the bytes consumed and the bad sequence's length and
/// reason, as the `decode` loop expects.
fn decode_utf16_step(
    rest: &[u8],
    big: bool,
    out: &mut String,
) -> (usize, Option<(usize, &'static str)>) {
    let mut i = 0;
    while i < rest.len() {
        if rest.len() - i < 2 {
            return (i, Some((rest.len() - i, "truncated data")));
        }
        let u = unit16(&rest[i..], big);
        if !(0xd800..0xe000).contains(&u) {
            out.push(char::from_u32(u32::from(u)).unwrap_or('\u{fffd}'));
            i += 2;
            continue;
        }
        if u >= 0xdc00 {
            return (i, Some((2, "illegal encoding")));
        }
        if rest.len() - i < 4 {
            return (i, Some((rest.len() - i, "unexpected end of data")));
        }
        let lo = unit16(&rest[i + 2..], big);
        if !(0xdc00..0xe000).contains(&lo) {
            return (i, Some((2, "illegal UTF-16 surrogate")));
        }
        let c = 0x10000 + ((u32::from(u) - 0xd800) << 10) + (u32::from(lo) - 0xdc00);
        out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
        i += 4;
    }
    (i, None)
}

/// Like `decode_utf16_step`, for UTF-32.
fn decode_utf32_step(
    rest: &[u8],
    big: bool,
    out: &mut String,
) -> (usize, Option<(usize, &'static str)>) {
    let mut i = 0;
    while i < rest.len() {
        if rest.len() - i < 4 {
            return (i, Some((rest.len() - i, "truncated data")));
        }
        let b = [rest[i], rest[i + 1], rest[i + 2], rest[i + 3]];
        let c = if big {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        };
        match char::from_u32(c) {
            Some(ch) => out.push(ch),
            None if c > 0x10ffff => return (i, Some((4, "code point not in range(0x110000)"))),
            None => {
                return (
                    i,
                    Some((
                        4,
                        "code point in surrogate code point range(0xd800, 0xe000)",
                    )),
                )
            }
        }
        i += 4;
    }
    (i, None)
}

/// Encodes to UTF-16/UTF-32 (never fails: Rust strings hold no lone
/// surrogates).
fn encode_wide(s: &str, wide32: bool, endian: Endian) -> Vec<u8> {
    let big = endian == Endian::Be;
    let mut out = Vec::with_capacity(s.len() * 4 + 4);
    let put = |u: u32, out: &mut Vec<u8>| {
        if wide32 {
            out.extend_from_slice(&if big {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        } else {
            let u = u as u16;
            out.extend_from_slice(&if big {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        }
    };
    if endian == Endian::Bom {
        put(0xfeff, &mut out);
    }
    for c in s.chars() {
        if wide32 {
            put(c as u32, &mut out);
        } else {
            let mut buf = [0u16; 2];
            for u in c.encode_utf16(&mut buf) {
                put(u32::from(*u), &mut out);
            }
        }
    }
    out
}

/// `str.encode(codec, errors)`.
pub fn encode(s: &str, codec: Codec, errors: &str) -> Result<Vec<u8>, CodecError> {
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig => {
            let mut out = b"\xef\xbb\xbf".to_vec();
            out.extend_from_slice(s.as_bytes());
            return Ok(out);
        }
        Codec::Utf16(e) => return Ok(encode_wide(s, false, e)),
        Codec::Utf32(e) => return Ok(encode_wide(s, true, e)),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let reason = if limit == 0x80 {
        "ordinal not in range(128)"
    } else {
        "ordinal not in range(256)"
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match handler(errors, true)? {
            Handler::Strict => {
                return Err(CodecError::Encode {
                    encoding: codec.name(),
                    start,
                    end,
                    reason,
                    ch: c,
                })
            }
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', end - start)),
            Handler::BackslashReplace => {
                for &c in &chars[start..end] {
                    let cp = c as u32;
                    let esc = if cp < 0x100 {
                        format!("\\x{cp:02x}")
                    } else if cp < 0x10000 {
                        format!("\\u{cp:04x}")
                    } else {
                        format!("\\U{cp:08x}")
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
            }
            Handler::XmlCharRefReplace => {
                for &c in &chars[start..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
        }
        i = end;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_decode_errors_match_python() {
        // (input, (start, end, reason), replace, ignore, backslashreplace)
        // recorded from python3.11.
        type Case<'a> = (&'a [u8], (usize, usize, &'a str), &'a str, &'a str, &'a str);
        let cases: &[Case] = &[
            (
                b"\xff",
                (0, 1, "invalid start byte"),
                "\u{fffd}",
                "",
                "\\xff",
            ),
            (
                b"\xe2(\xa1",
                (0, 1, "invalid continuation byte"),
                "\u{fffd}(\u{fffd}",
                "(",
                "\\xe2(\\xa1",
            ),
            (
                b"\xe2\x82",
                (0, 2, "unexpected end of data"),
                "\u{fffd}",
                "",
                "\\xe2\\x82",
            ),
            (
                b"\xc0\x80",
                (0, 1, "invalid start byte"),
                "\u{fffd}\u{fffd}",
                "",
                "\\xc0\\x80",
            ),
            (
                b"\xed\xa0\x80",
                (0, 1, "invalid continuation byte"),
                "\u{fffd}\u{fffd}\u{fffd}",
                "",
                "\\xed\\xa0\\x80",
            ),
            (
                b"\xf4\x90\x80\x80",
                (0, 1, "invalid continuation byte"),
                "\u{fffd}\u{fffd}\u{fffd}\u{fffd}",
                "",
                "\\xf4\\x90\\x80\\x80",
            ),
            (
                b"\xf0\x90(",
                (0, 2, "invalid continuation byte"),
                "\u{fffd}(",
                "(",
                "\\xf0\\x90(",
            ),
            (
                b"\xf0\x90\x80",
                (0, 3, "unexpected end of data"),
                "\u{fffd}",
                "",
                "\\xf0\\x90\\x80",
            ),
            (
                b"a\x80b",
                (1, 2, "invalid start byte"),
                "a\u{fffd}b",
                "ab",
                "a\\x80b",
            ),
            (
                b"\xc2",
                (0, 1, "unexpected end of data"),
                "\u{fffd}",
                "",
                "\\xc2",
            ),
            (
                b"\xe0\x80\x80",
                (0, 1, "invalid continuation byte"),
                "\u{fffd}\u{fffd}\u{fffd}",
                "",
                "\\xe0\\x80\\x80",
            ),
            (
                b"\xf5",
                (0, 1, "invalid start byte"),
                "\u{fffd}",
                "",
                "\\xf5",
            ),
            (
                b"ok\xe2\x82\xacok\xf0\x9f\x98",
                (7, 10, "unexpected end of data"),
                "ok\u{20ac}ok\u{fffd}",
                "ok\u{20ac}ok",
                "ok\u{20ac}ok\\xf0\\x9f\\x98",
            ),
        ];
        for (data, (s, e, reason), rep, ign, bsr) in cases {
            match decode(data, Codec::Utf8, "strict") {
                Err(CodecError::Decode {
                    start,
                    end,
                    reason: r,
                    ..
                }) => {
                    assert_eq!((start, end, r), (*s, *e, *reason), "{data:?}");
                }
                other => panic!("{data:?}: {other:?}"),
            }
            assert_eq!(decode(data, Codec::Utf8, "replace").unwrap(), *rep);
            assert_eq!(decode(data, Codec::Utf8, "ignore").unwrap(), *ign);
            assert_eq!(decode(data, Codec::Utf8, "backslashreplace").unwrap(), *bsr);
        }
        let e = decode(b"\xe2\x82", Codec::Utf8, "strict").unwrap_err();
        assert_eq!(
            e.message(),
            "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"
        );
        let e = decode(b"\xff", Codec::Utf8, "strict").unwrap_err();
        assert_eq!(
            e.message(),
            "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        );
        let e = decode(b"\xff\xfe", Codec::Ascii, "strict").unwrap_err();
        assert_eq!(
            e.message(),
            "'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)"
        );
        assert_eq!(
            decode(b"\xff", Codec::Utf8, "bogus").unwrap_err().message(),
            "unknown error handler name 'bogus'"
        );
        assert_eq!(decode(b"fine", Codec::Utf8, "bogus").unwrap(), "fine");
        assert_eq!(
            decode(b"\xe9t\xe9", Codec::Latin1, "strict").unwrap(),
            "\u{e9}t\u{e9}"
        );
    }

    #[test]
    fn encode_errors_match_python() {
        let e = encode("\u{e9}", Codec::Ascii, "strict").unwrap_err();
        assert_eq!(
            e.message(),
            "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"
        );
        let e = encode("a\u{e9}\u{20ac}\u{1f600}", Codec::Ascii, "strict").unwrap_err();
        assert_eq!(
            e.message(),
            "'ascii' codec can't encode characters in position 1-3: ordinal not in range(128)"
        );
        let e = encode("a\u{20ac}b", Codec::Latin1, "strict").unwrap_err();
        assert_eq!(
            e.message(),
            "'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)"
        );
        let s = "a\u{e9}\u{20ac}\u{1f600}";
        assert_eq!(encode(s, Codec::Ascii, "replace").unwrap(), b"a???");
        assert_eq!(encode(s, Codec::Ascii, "ignore").unwrap(), b"a");
        assert_eq!(
            encode(s, Codec::Ascii, "backslashreplace").unwrap(),
            b"a\\xe9\\u20ac\\U0001f600"
        );
        assert_eq!(
            encode(s, Codec::Ascii, "xmlcharrefreplace").unwrap(),
            b"a&#233;&#8364;&#128512;"
        );
        assert_eq!(
            encode("a\u{20ac}b", Codec::Latin1, "replace").unwrap(),
            b"a?b"
        );
        assert_eq!(encode("x", Codec::Utf8, "bogus").unwrap(), b"x");
        assert_eq!(lookup("UTF_8"), Some(Codec::Utf8));
        assert_eq!(lookup("Latin-1"), Some(Codec::Latin1));
        assert_eq!(lookup("US-ASCII"), Some(Codec::Ascii));
        assert_eq!(lookup("cp1252"), None);
    }
}
