//! Abstract operations over any object: protocols (repr, hash, truth,
//! subscripting, iteration), comparison and numeric dispatch, attribute
//! access.

pub mod attr;
pub mod compare;
pub mod globals;
pub mod isinstance;
pub mod number;
pub mod protocol;
pub mod unpack;
