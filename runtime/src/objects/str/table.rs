//! The method table of `str`: every method CPython 3.11's `str` has (the
//! implementations are in `methods.rs`, `methods_search.rs`,
//! `methods_case.rs` and `format.rs`), plus the `maketrans` class-level
//! function. `%` is the `nb_remainder` slot (`format::str_mod`).

use super::{codec, format, methods, methods_case, methods_search};
use crate::call::builtin::{MethodDef, MethodImpl};

macro_rules! def {
    ($name:literal, $kind:ident, $f:path, $doc:literal) => {
        MethodDef {
            name: $name,
            imp: MethodImpl::$kind($f),
            doc: $doc,
        }
    };
}

pub static STR_METHODS: &[MethodDef] = &[
    def!("capitalize", NoArgs, methods_case::str_capitalize, "Return a capitalized version of the string."),
    def!("casefold", NoArgs, methods_case::str_casefold, "Return a version of the string suitable for caseless comparisons."),
    def!("center", Fast, methods_case::str_center, "Return a centered string of length width."),
    def!("count", Fast, methods_search::str_count, "Return the number of non-overlapping occurrences of substring sub in string S[start:end]."),
    def!("encode", FastKw, codec::str_encode, "Encode the string using the codec registered for encoding."),
    def!("endswith", Fast, methods_search::str_endswith, "Return True if S ends with the specified suffix, False otherwise."),
    def!("expandtabs", FastKw, methods_case::str_expandtabs, "Return a copy where all tab characters are expanded using spaces."),
    def!("find", Fast, methods_search::str_find, "Return the lowest index in S where substring sub is found, or -1 on failure."),
    def!("format", FastKw, format::str_format_method, "Return a formatted version of S, using substitutions from args and kwargs."),
    def!("format_map", O, format::str_format_map, "Return a formatted version of S, using substitutions from mapping."),
    def!("index", Fast, methods_search::str_index, "Return the lowest index in S where substring sub is found; ValueError when not found."),
    def!("isalnum", NoArgs, methods_case::str_isalnum, "Return True if the string is an alpha-numeric string, False otherwise."),
    def!("isalpha", NoArgs, methods_case::str_isalpha, "Return True if the string is an alphabetic string, False otherwise."),
    def!("isascii", NoArgs, methods_case::str_isascii, "Return True if all characters in the string are ASCII, False otherwise."),
    def!("isdecimal", NoArgs, methods_case::str_isdecimal, "Return True if the string is a decimal string, False otherwise."),
    def!("isdigit", NoArgs, methods_case::str_isdigit, "Return True if the string is a digit string, False otherwise."),
    def!("isidentifier", NoArgs, methods_case::str_isidentifier, "Return True if the string is a valid Python identifier, False otherwise."),
    def!("islower", NoArgs, methods_case::str_islower, "Return True if the string is a lowercase string, False otherwise."),
    def!("isnumeric", NoArgs, methods_case::str_isnumeric, "Return True if the string is a numeric string, False otherwise."),
    def!("isprintable", NoArgs, methods_case::str_isprintable, "Return True if the string is printable, False otherwise."),
    def!("isspace", NoArgs, methods_case::str_isspace, "Return True if the string is a whitespace string, False otherwise."),
    def!("istitle", NoArgs, methods_case::str_istitle, "Return True if the string is a title-cased string, False otherwise."),
    def!("isupper", NoArgs, methods_case::str_isupper, "Return True if the string is an uppercase string, False otherwise."),
    def!("join", O, methods::str_join, "Concatenate any number of strings."),
    def!("ljust", Fast, methods_case::str_ljust, "Return a left-justified string of length width."),
    def!("lower", NoArgs, methods_case::str_lower, "Return a copy of the string converted to lowercase."),
    def!("lstrip", Fast, methods_search::str_lstrip, "Return a copy of the string with leading whitespace removed."),
    def!("partition", O, methods_search::str_partition, "Partition the string into three parts using the given separator."),
    def!("removeprefix", O, methods_search::str_removeprefix, "Return a str with the given prefix string removed if present."),
    def!("removesuffix", O, methods_search::str_removesuffix, "Return a str with the given suffix string removed if present."),
    def!("replace", Fast, methods_search::str_replace, "Return a copy with all occurrences of substring old replaced by new."),
    def!("rfind", Fast, methods_search::str_rfind, "Return the highest index in S where substring sub is found, or -1 on failure."),
    def!("rindex", Fast, methods_search::str_rindex, "Return the highest index in S where substring sub is found; ValueError when not found."),
    def!("rjust", Fast, methods_case::str_rjust, "Return a right-justified string of length width."),
    def!("rpartition", O, methods_search::str_rpartition, "Partition the string into three parts using the given separator, searching from the end."),
    def!("rsplit", FastKw, methods_search::str_rsplit, "Return a list of the substrings in the string, using sep as the separator string, from the right."),
    def!("rstrip", Fast, methods_search::str_rstrip, "Return a copy of the string with trailing whitespace removed."),
    def!("split", FastKw, methods_search::str_split, "Return a list of the substrings in the string, using sep as the separator string."),
    def!("splitlines", FastKw, methods_search::str_splitlines, "Return a list of the lines in the string, breaking at line boundaries."),
    def!("startswith", Fast, methods_search::str_startswith, "Return True if S starts with the specified prefix, False otherwise."),
    def!("strip", Fast, methods_search::str_strip, "Return a copy of the string with leading and trailing whitespace removed."),
    def!("swapcase", NoArgs, methods_case::str_swapcase, "Convert uppercase characters to lowercase and lowercase characters to uppercase."),
    def!("title", NoArgs, methods_case::str_title, "Return a version of the string where each word is titlecased."),
    def!("translate", O, methods_case::str_translate, "Replace each character in the string using the given translation table."),
    def!("upper", NoArgs, methods_case::str_upper, "Return a copy of the string converted to uppercase."),
    def!("zfill", O, methods_case::str_zfill, "Pad a numeric string with zeros on the left, to fill a field of the given width."),
    def!("__getnewargs__", NoArgs, methods::str_getnewargs, ""),
    def!("__format__", O, methods::str_format, "Return a formatted version of the string as described by format_spec."),
];

/// `str.maketrans` (a static method in CPython; it ignores the class it
/// is bound to).
pub static STR_CLASSMETHODS: &[MethodDef] = &[def!(
    "maketrans",
    Fast,
    methods_case::str_maketrans,
    "Return a translation table usable for str.translate()."
)];
