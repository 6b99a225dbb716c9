//! The runtime's ABI as pyc-native sees it: the rows of the runtime's own
//! table (`runtime/src/abi/table.rs`, included here verbatim), turned into
//! Cranelift signatures, the list of shared opcode bodies (`pyrt_op_*`)
//! and the layout constants. pyrt checks at compile time that its exported
//! functions and layout match the same table, so the two sides cannot
//! drift apart.

use cranelift_codegen::ir::{types, AbiParam, Signature, Type};
use cranelift_codegen::isa::CallConv;

include!("../../../runtime/src/abi/table.rs");

/// One ABI kind of the table.
fn kind_type(kind: &str, ptr: Type) -> Option<Type> {
    Some(match kind {
        "V" | "Ptr" | "Usize" | "Isize" => ptr,
        "I32" | "U32" => types::I32,
        "I64" => types::I64,
        "F64" => types::F64,
        _ => return None,
    })
}

/// A table row: name, parameter kinds, result kind.
pub struct Row {
    pub name: &'static str,
    pub params: &'static [&'static str],
    pub ret: &'static str,
}

macro_rules! rows {
    ($(fn $name:ident($($p:ident: $t:ident),* $(,)?) -> $r:ident;)*) => {
        /// Every entry point of the runtime's table.
        pub static ROWS: &[Row] = &[$(Row {
            name: stringify!($name),
            params: &[$(stringify!($t)),*],
            ret: stringify!($r),
        }),*];
    };
}
pyrt_abi_table!(rows);

macro_rules! op_names {
    ($($name:ident)*) => {
        /// Names of the shared opcode bodies (`pyrt_op_NAME`).
        pub static OP_BODIES: &[&str] = &[$(stringify!($name)),*];
    };
}
pyrt_abi_ops!(op_names);

macro_rules! layout {
    ($($name:ident = $value:literal;)*) => {
        /// Byte offsets and constants of the runtime's layout.
        pub mod layout {
            $(pub const $name: i32 = $value;)*
        }
    };
}
pyrt_abi_layout!(layout);

/// The Cranelift signature of runtime function `name` (a table row or a
/// shared opcode body), or None if the runtime has no such function.
pub fn signature(name: &str, ptr: Type, call_conv: CallConv) -> Option<Signature> {
    let mut sig = Signature::new(call_conv);
    if let Some(body) = name.strip_prefix("pyrt_op_") {
        if OP_BODIES.contains(&body) {
            sig.params.push(AbiParam::new(ptr));
            sig.params.push(AbiParam::new(ptr));
            sig.params.push(AbiParam::new(types::I32));
            sig.params.push(AbiParam::new(types::I32));
            sig.returns.push(AbiParam::new(types::I64));
            return Some(sig);
        }
    }
    let row = ROWS.iter().find(|r| r.name == name)?;
    for p in row.params {
        sig.params.push(AbiParam::new(kind_type(p, ptr)?));
    }
    if row.ret != "Void" {
        sig.returns.push(AbiParam::new(kind_type(row.ret, ptr)?));
    }
    Some(sig)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_has_a_signature() {
        for r in ROWS {
            assert!(
                signature(r.name, types::I64, CallConv::SystemV).is_some(),
                "{}",
                r.name
            );
        }
        for b in OP_BODIES {
            let s = signature(&format!("pyrt_op_{b}"), types::I64, CallConv::SystemV).unwrap();
            assert_eq!(s.params.len(), 4);
        }
        assert!(signature("pyrt_no_such", types::I64, CallConv::SystemV).is_none());
    }
}
