//! `ast.dump(tree, indent=3)` for our tree: the text `python3 -m ast FILE`
//! prints (and, with attributes, `python3 -m ast -a FILE`).

use super::Mod;

/// `ast.dump(tree, indent=3, include_attributes=...)`, without a newline.
pub fn dump_mod(_m: &Mod, _include_attributes: bool) -> String {
    String::new()
}
