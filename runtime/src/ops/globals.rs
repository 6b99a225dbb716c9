//! Global-variable lookup (`LOAD_GLOBAL`): the module's globals dict, then
//! the builtins dict, else `NameError("name 'x' is not defined")` with
//! `.name` set. Both tiers may cache a result keyed by the two dicts'
//! `dict::version` values.

use crate::errors::*;
use crate::object::{new_ref, Value};
use crate::objects::{dict, str as pystr};

/// `name` (a str) from `globals`, then `builtins` (exact dicts; borrowed).
/// New reference, or null with NameError.
pub fn load_global(globals: Value, builtins: Value, name: Value) -> Value {
    for d in [globals, builtins] {
        if d.is_null() {
            continue;
        }
        match dict::get_item(d, name) {
            Ok(Some(v)) => return new_ref(v),
            Ok(None) => {}
            Err(()) => return Value::NULL,
        }
    }
    raise_name_error_for(name)
}

/// Raise `NameError("name 'x' is not defined")` with `.name == x`.
pub fn raise_name_error_for(name: Value) -> Value {
    let text = if pystr::is_str(name) {
        pystr::as_str(name).to_string()
    } else {
        String::new()
    };
    raise_name_error(format!("name '{text}' is not defined"));
    let e = current();
    if !e.is_null() {
        let d = crate::ops::attr::instance_dict(e);
        if !d.is_null() && dict::set_str(d, "name", name) < 0 {
            return Value::NULL;
        }
    }
    Value::NULL
}
