//! The runtime's ABI for native code: the table (`table.rs`, a macro that
//! pyc-native `include!`s), the entry points themselves (`entry.rs`), and
//! the compile-time check that every table row matches the function pyrt
//! exports (`check!` below). Every entry point is `extern "C"`, never
//! unwinds (panic boundary) and follows the crate's error convention.
//!
//! Layout facts native code may rely on (asserted in tests):
//! * a `Value` is one `i64`; small ints have bit 0 set (`value = w >> 1`);
//! * object header: `refcnt: i64` at offset 0 (negative = immortal),
//!   `ty: *TypeObject` at offset 8;
//! * `TypeObject::flags` at offset 32, `version_tag: u32` at offset 40
//!   (`TYPE_FLAGS_OFFSET`, `TYPE_VERSION_TAG_OFFSET`);
//! * the inline incref/decref sequences are spelled out in
//!   `object::refcount`; the data symbols (`pyrt_None`, `pyrt_type_int`,
//!   ...) are listed by `pyrt_abi_data!` in `table.rs`.

include!("table.rs");

pub mod entry;
pub mod native;
pub mod ops;

/// One row of the table, as data (for tools and tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AbiEntry {
    pub name: &'static str,
    pub params: &'static [&'static str],
    pub ret: &'static str,
}

/// Map an ABI kind to the Rust type pyrt uses for it.
macro_rules! abi_rust_ty {
    (V) => { $crate::object::Value };
    (Ptr) => { *const u8 };
    (Usize) => { usize };
    (Isize) => { isize };
    (I32) => { i32 };
    (U32) => { u32 };
    (I64) => { i64 };
    (F64) => { f64 };
    (Void) => { () };
}

macro_rules! check {
    ($(fn $name:ident($($p:ident: $t:ident),* $(,)?) -> $r:ident;)*) => {
        $(
            // Fails to compile if the exported function's signature differs.
            const _: unsafe extern "C" fn($(abi_rust_ty!($t)),*) -> abi_rust_ty!($r) = entry::$name;
        )*
        /// Every entry point of the table, in table order.
        pub static ABI_ENTRIES: &[AbiEntry] = &[
            $(AbiEntry {
                name: stringify!($name),
                params: &[$(stringify!($t)),*],
                ret: stringify!($r),
            }),*
        ];
    };
}

pyrt_abi_table!(check);

macro_rules! data_names {
    ($($sym:ident = $($path:ident)::+;)*) => {
        /// Every exported data symbol, with the address of its object.
        pub fn abi_data() -> Vec<(&'static str, usize)> {
            vec![$((stringify!($sym), $crate::$($path)::+.ptr() as usize)),*]
        }
    };
}

pyrt_abi_data!(data_names);

#[cfg(test)]
mod tests;
