//! Lossless serialization of `CodeObject` trees to bytes and back (code
//! objects are embedded in executables this way).
