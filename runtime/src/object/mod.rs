//! Object model core: the `Value` word, object headers, reference counting,
//! allocation and GC-header bookkeeping.

pub mod alloc;
pub mod gc;
pub mod header;
pub mod refcount;
pub mod value;

pub use header::{Object, Static};
pub use refcount::{decref, incref, new_ref, xdecref, xincref};
pub use value::Value;
