//! Text helpers shared by builtins and the interpreter: `ascii()` (repr
//! with non-ASCII characters escaped).

use crate::object::{decref, Value};
use crate::objects::str as pystr;

/// `ascii(v)`: `repr(v)` with every non-ASCII character escaped as
/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub fn ascii_of(v: Value) -> Value {
    let r = crate::ops::protocol::repr(v);
    if r.is_null() || pystr::is_ascii(r) {
        return r;
    }
    let mut out = String::new();
    for c in pystr::as_str(r).chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    decref(r);
    pystr::from_string(out)
}
