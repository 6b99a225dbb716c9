//! String literals in the parser: a run of adjacent STRING tokens (implicit
//! concatenation) becomes one `Constant` or `JoinedStr`, f-strings are split
//! into literal parts and `FormattedValue`s, as CPython 3.11's string parser
//! does, with its positions and error messages.
