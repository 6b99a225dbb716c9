//! Type objects: layout and flags, slot signatures, MRO computation,
//! readying, the method cache with version tags, the `type` metatype, and
//! slots of classes defined in Python.

pub mod lookup;
pub mod mro;
pub mod ready;
pub mod slotdefs;
pub mod slots;
pub mod typeobject;
pub mod typetype;
pub mod wrappers;
