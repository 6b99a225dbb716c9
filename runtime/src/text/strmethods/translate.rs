//! `str.translate(table)`: each character's code point is looked up in
//! the table (through a caller-supplied lookup that performs
//! `table[ord(c)]`), and replaced, deleted or kept as CPython does.

use crate::num::error::AlgError;

/// What `table[ord(c)]` produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mapped {
    /// The lookup raised LookupError (KeyError/IndexError): keep `c`.
    Keep,
    /// The table maps to None: drop `c`.
    Delete,
    /// The table maps to an int (any value; range-checked here).
    Code(i64),
    /// The table maps to a str.
    Text(String),
    /// The table maps to something else; holds its type name.
    Other(String),
}

/// `s.translate(table)`. Lookups for the same character are made once.
pub fn translate<E: From<AlgError>>(
    s: &str,
    mut lookup: impl FnMut(u32) -> Result<Mapped, E>,
) -> Result<String, E> {
    let mut out = String::with_capacity(s.len());
    let mut cache: std::collections::HashMap<char, Mapped> = std::collections::HashMap::new();
    for c in s.chars() {
        let m = match cache.get(&c) {
            Some(m) => m.clone(),
            None => {
                let m = lookup(c as u32)?;
                cache.insert(c, m.clone());
                m
            }
        };
        match m {
            Mapped::Keep => out.push(c),
            Mapped::Delete => {}
            Mapped::Code(v) => {
                let ch = u32::try_from(v)
                    .ok()
                    .filter(|v| *v < 0x110000)
                    .ok_or_else(|| {
                        AlgError::value("character mapping must be in range(0x110000)")
                    })?;
                // Surrogates cannot be stored in a Rust string.
                out.push(char::from_u32(ch).unwrap_or('\u{fffd}'));
            }
            Mapped::Text(t) => out.push_str(&t),
            Mapped::Other(_) => {
                return Err(AlgError::type_error(
                    "character mapping must return integer, None or str",
                )
                .into())
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translate_like_python() {
        // 'abc'.translate({97: 'xy', 98: None, 99: 100}) == 'xyd'
        let r = translate::<AlgError>("abc", |c| {
            Ok(match c {
                97 => Mapped::Text("xy".into()),
                98 => Mapped::Delete,
                99 => Mapped::Code(100),
                _ => Mapped::Keep,
            })
        });
        assert_eq!(r.unwrap(), "xyd");
        let r = translate::<AlgError>("abc", |c| {
            Ok(if c == 97 {
                Mapped::Code(0x110000)
            } else {
                Mapped::Keep
            })
        });
        assert_eq!(
            r.unwrap_err().msg,
            "character mapping must be in range(0x110000)"
        );
        let r = translate::<AlgError>("abc", |c| {
            Ok(if c == 97 {
                Mapped::Code(-1)
            } else {
                Mapped::Keep
            })
        });
        assert_eq!(
            r.unwrap_err().msg,
            "character mapping must be in range(0x110000)"
        );
        let r = translate::<AlgError>("abc", |c| {
            Ok(if c == 97 {
                Mapped::Other("float".into())
            } else {
                Mapped::Keep
            })
        });
        assert_eq!(
            r.unwrap_err().msg,
            "character mapping must return integer, None or str"
        );
        // 'héllo'.translate(str.maketrans('lo', 'LO', 'h')) == 'éLLO'
        let r = translate::<AlgError>("h\u{e9}llo", |c| {
            Ok(match char::from_u32(c) {
                Some('l') => Mapped::Code('L' as i64),
                Some('o') => Mapped::Code('O' as i64),
                Some('h') => Mapped::Delete,
                _ => Mapped::Keep,
            })
        });
        assert_eq!(r.unwrap(), "\u{e9}LLO");
    }
}
