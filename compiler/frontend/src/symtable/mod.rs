//! The symbol table: scopes as CPython 3.11 resolves them (module, class,
//! function, lambda, comprehension) and each name's binding kind.
