//! Python-exact text algorithms for the run-time support of translated
//! programs: everything matches CPython 3.11, edge cases included.
//!
//! - [`float`]: `repr(float)`, C-style `%e %f %g` formatting, `float(s)`,
//!   `hash(float)`;
//! - [`int`]: `int(s, base)`, `hex`/`oct`/`bin`, `hash(int)`;
//! - [`spec`]: format specs (`format(v, spec)`, f-strings) and
//!   `%`-formatting, with CPython's error messages;
//! - [`strmethods`]: the `str` methods, with code-point indices;
//! - [`bytesmethods`]: the `bytes` methods, with byte indices;
//! - [`unicode`]: the character properties and case mappings of CPython
//!   3.11 (Unicode 14.0.0), generated from CPython itself by
//!   `tools/gen_unicode_tables.py`.
//!
//! `str` values are Rust `&str` (so lone surrogates cannot occur) and
//! `bytes` values are `&[u8]`. Nothing here panics, uses `unsafe` or keeps
//! global state. Errors are returned as the text of the exception CPython
//! raises (almost always a `ValueError`; the exceptions are documented).

#![forbid(unsafe_code)]

pub mod bytesmethods;
pub mod float;
pub mod int;
pub mod spec;
pub mod strmethods;
pub mod unicode;

pub use bytesmethods::{
    bytes_count, bytes_endswith, bytes_find, bytes_isalnum, bytes_isalpha, bytes_isdigit,
    bytes_islower, bytes_isspace, bytes_isupper, bytes_lower, bytes_lstrip, bytes_partition,
    bytes_replace, bytes_repr, bytes_rfind, bytes_rpartition, bytes_rsplit, bytes_rstrip,
    bytes_split, bytes_splitlines, bytes_startswith, bytes_strip, bytes_upper, BytesPartition,
};
pub use float::{float_hash, float_repr, format_float, parse_float};
pub use int::{int_hash, int_to_base, parse_int, ParseIntError};
pub use spec::{
    format_float_spec, format_int, format_str, parse_percent, percent_float, percent_int,
    percent_pieces, percent_str, FormatSpec, PercentCount, PercentParser, PercentPiece,
    PercentSpec,
};
pub use strmethods::Text;
pub use strmethods::{
    adjust_indices, ascii_repr, byte_to_char_index, capitalize, center, char_index_to_byte,
    char_len, count, endswith, expandtabs, find, isalnum, isalpha, isascii, isdecimal, isdigit,
    isidentifier, islower, isnumeric, isprintable, isspace, istitle, isupper, ljust, lower, lstrip,
    partition, replace, rfind, rjust, rpartition, rsplit, rstrip, split, splitlines, startswith,
    str_hash, str_repr, strip, swapcase, title, upper, zfill, Partition,
};
pub use strmethods::{bytes_hash, tuple_hash, TUPLE_HASH_MULT, TUPLE_HASH_SEED};
