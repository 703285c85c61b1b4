//! The helper registry: the run-time functions that take and return only
//! word-sized values, callable by name with their arguments as `u64` words.
//! The low-level graph interpreter uses it; generated code calls the
//! functions directly by path.
//!
//! A helper's name is its path inside this crate (`"gc::malloc"`,
//! `"list::list_resize"`, `"string::bytes::bytes_find"`), so the name and
//! the path generated code uses are the same text. Word encoding: integers
//! are sign- or zero-extended to 64 bits (and truncated back), `f64` is
//! passed as its bits, `bool` as 0/1, pointers as addresses, and a function
//! without a result returns 0.
//!
//! After [`lookup`] returns a helper, calling it with exactly `nargs`
//! words is equivalent to calling the function itself.

use crate::{
    bigint, dict, exc, gc, io, list, listops, math, os, rfile, rfloat, stack, string, GcPtr,
};
use std::collections::HashMap;
use std::sync::OnceLock;

/// One registered helper.
pub struct Helper {
    /// The path of the function inside the `runtime` crate.
    pub name: &'static str,
    /// Number of argument words.
    pub nargs: usize,
    /// The adapter: decodes `nargs` words, calls the function, encodes the
    /// result. Panics if given a different number of words.
    ///
    /// # Safety
    /// The words must satisfy the wrapped function's safety contract.
    pub call: unsafe fn(&[u64]) -> u64,
}

impl std::fmt::Debug for Helper {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Helper({}, {} args)", self.name, self.nargs)
    }
}

/// A value passed as one 64-bit word.
pub trait Word {
    fn from_word(w: u64) -> Self;
    fn into_word(self) -> u64;
}

macro_rules! int_words {
    ($($t:ty),*) => {$(
        impl Word for $t {
            #[inline(always)]
            fn from_word(w: u64) -> $t {
                w as $t
            }
            #[inline(always)]
            fn into_word(self) -> u64 {
                self as u64
            }
        }
    )*};
}

// `as` from a signed type sign-extends, from an unsigned one zero-extends.
int_words!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

impl Word for bool {
    #[inline(always)]
    fn from_word(w: u64) -> bool {
        w != 0
    }
    #[inline(always)]
    fn into_word(self) -> u64 {
        self as u64
    }
}

impl Word for f64 {
    #[inline(always)]
    fn from_word(w: u64) -> f64 {
        f64::from_bits(w)
    }
    #[inline(always)]
    fn into_word(self) -> u64 {
        self.to_bits()
    }
}

impl Word for () {
    #[inline(always)]
    fn from_word(_: u64) {}
    #[inline(always)]
    fn into_word(self) -> u64 {
        0
    }
}

impl<T> Word for *mut T {
    #[inline(always)]
    fn from_word(w: u64) -> *mut T {
        w as usize as *mut T
    }
    #[inline(always)]
    fn into_word(self) -> u64 {
        self as usize as u64
    }
}

impl<T> Word for *const T {
    #[inline(always)]
    fn from_word(w: u64) -> *const T {
        w as usize as *const T
    }
    #[inline(always)]
    fn into_word(self) -> u64 {
        self as usize as u64
    }
}

macro_rules! count {
    () => { 0usize };
    ($head:ident $($tail:ident)*) => { 1usize + count!($($tail)*) };
}

/// Builds the table from `module::function(arg: Type, ...);` lines (the
/// result type comes from the function itself).
macro_rules! registry {
    ($($m:ident $(:: $rest:ident)* ($($arg:ident : $ty:ty),* $(,)?);)*) => {
        static HELPERS: &[Helper] = &[$(
            Helper {
                name: concat!(stringify!($m) $(, "::", stringify!($rest))*),
                nargs: count!($($arg)*),
                call: {
                    #[allow(unused_variables, unused_mut, clippy::unused_unit)]
                    unsafe fn adapter(words: &[u64]) -> u64 {
                        const N: usize = count!($($arg)*);
                        assert_eq!(words.len(), N, concat!("wrong argument count for ",
                            stringify!($m) $(, "::", stringify!($rest))*));
                        let mut next = words.iter().copied();
                        $(let $arg = <$ty as Word>::from_word(next.next().unwrap_or(0));)*
                        Word::into_word($m $(:: $rest)* ($($arg),*))
                    }
                    adapter
                },
            },
        )*];
    };
}

type Str = *mut crate::RpyStr;
type List = *mut crate::RpyList;
type Array = *mut crate::RpyArray;
type Dict = *mut dict::RpyDict;
type Big = bigint::Big;

registry! {
    // gc
    gc::malloc(tid: u32);
    gc::malloc_varsize(tid: u32, length: i64);
    gc::collect();
    gc::write_barrier(obj: GcPtr);
    gc::identity_hash(obj: GcPtr);
    gc::unique_id(obj: GcPtr);
    gc::set_stress(on: bool);
    gc::weakref_new(tid: u32, target: GcPtr);
    gc::register_destructor(obj: GcPtr);
    gc::fq_register(fq: GcPtr, obj: GcPtr);
    gc::fq_next_dead(fq: GcPtr);
    // exc
    exc::raise(vtable: *const u8, value: GcPtr);
    exc::occurred();
    exc::clear();
    exc::exc_type();
    exc::exc_value();
    // stack
    stack::check();
    // io
    io::stdout_flush();
    io::exit_flush();
    io::print_str(s: Str);
    io::print_newline();
    io::print_space();
    io::stderr_str(s: Str);
    io::os_read_rpy(tid: u32, fd: i64, n: i64);
    io::os_write_rpy(fd: i64, s: Str);
    io::os_open_rpy(path: Str, flags: i64, mode: i64);
    io::os_close_rpy(fd: i64);
    io::os_getenv_rpy(tid: u32, name: Str);
    io::os_lseek_rpy(fd: i64, pos: i64, how: i64);
    io::os_unlink_rpy(path: Str);
    io::os_getpid();
    io::os_isatty(fd: i64);
    io::os_path_exists_rpy(path: Str);
    io::os_path_isfile_rpy(path: Str);
    io::os_path_isdir_rpy(path: Str);
    io::time_time();
    io::time_perf_counter();
    io::time_monotonic();
    io::time_sleep(secs: f64);
    // rfile
    rfile::open_rpy(path: Str, mode: Str);
    rfile::fdopen_rpy(fd: i64, mode: Str);
    rfile::read_rpy(tid: u32, id: i64, size: i64, text: bool, line: bool);
    rfile::write_rpy(id: i64, data: Str);
    rfile::flush_rpy(id: i64);
    rfile::close_rpy(id: i64);
    rfile::tell_rpy(id: i64);
    rfile::seek_rpy(id: i64, pos: i64, whence: i64);
    rfile::truncate_rpy(id: i64, size: i64);
    rfile::fileno_rpy(id: i64);
    rfile::isatty_rpy(id: i64);
    rfile::find_fd_rpy(id: i64);
    // list
    list::list_new(list_tid: u32, array_tid: u32, length: i64);
    list::list_new_hint(list_tid: u32, array_tid: u32, capacity: i64);
    list::list_resize(l: List, newlen: i64, array_tid: u32);
    list::list_append_slot(l: List, array_tid: u32);
    list::list_delete_range(l: List, start: i64, stop: i64, array_tid: u32);
    list::list_insert_gap(l: List, index: i64, array_tid: u32);
    list::list_extend(l: List, other: List, array_tid: u32);
    list::list_slice(list_tid: u32, array_tid: u32, l: List, start: i64, stop: i64);
    list::list_concat(list_tid: u32, array_tid: u32, a: List, b: List);
    list::list_reverse(l: List);
    list::array_copy(src: Array, src_start: i64, dst: Array, dst_start: i64, n: i64);
    list::array_slice(src: Array, start: i64, stop: i64);
    list::array_item_ptr(a: Array, i: i64);
    // list items (listops) and math
    listops::items_find_word(a: Array, len: i64, x: u64);
    listops::items_find_float(a: Array, len: i64, x: f64);
    listops::items_find_str(a: Array, len: i64, x: Str);
    listops::items_index_word(a: Array, len: i64, x: u64, show: i64, remove: bool);
    listops::items_index_float(a: Array, len: i64, x: f64, remove: bool);
    listops::items_index_str(a: Array, len: i64, x: Str, remove: bool);
    listops::items_count_word(a: Array, len: i64, x: u64);
    listops::items_count_float(a: Array, len: i64, x: f64);
    listops::items_count_str(a: Array, len: i64, x: Str);
    listops::items_eq_word(a: Array, alen: i64, b: Array, blen: i64);
    listops::items_eq_float(a: Array, alen: i64, b: Array, blen: i64);
    listops::items_eq_str(a: Array, alen: i64, b: Array, blen: i64);
    listops::items_sort_int(a: Array, len: i64, reverse: bool);
    listops::items_sort_uint(a: Array, len: i64, reverse: bool);
    listops::items_sort_float(a: Array, len: i64, reverse: bool);
    listops::items_sort_str(a: Array, len: i64, reverse: bool);
    listops::items_reverse(a: Array, len: i64);
    listops::items_sum_int(a: Array, len: i64, start: i64);
    listops::items_sum_float(a: Array, len: i64, start: f64);
    listops::items_any_word(a: Array, len: i64);
    listops::items_all_word(a: Array, len: i64);
    listops::array_repeat(a: Array, len: i64, times: i64);
    listops::array_concat(a: Array, alen: i64, b: Array, blen: i64);
    listops::array_slice_clamped(a: Array, len: i64, start: i64, stop: i64);
    listops::array_from_str_chars(array_tid: u32, s: Str);
    listops::array_from_range(array_tid: u32, start: i64, stop: i64, step: i64);
    listops::list_setslice(l: List, start: i64, stop: i64, src: Array, n: i64, array_tid: u32);
    listops::list_delslice(l: List, start: i64, stop: i64, array_tid: u32);
    listops::list_extend_items(l: List, src: Array, n: i64, array_tid: u32);
    math::math_sqrt(x: f64);
    math::math_exp(x: f64);
    math::math_log(x: f64);
    math::math_log_base(x: f64, base: f64);
    math::math_log10(x: f64);
    math::math_log2(x: f64);
    math::math_pow(x: f64, y: f64);
    math::math_sin(x: f64);
    math::math_cos(x: f64);
    math::math_tan(x: f64);
    math::math_asin(x: f64);
    math::math_acos(x: f64);
    math::math_atan(x: f64);
    math::math_sinh(x: f64);
    math::math_cosh(x: f64);
    math::math_tanh(x: f64);
    math::math_atan2(y: f64, x: f64);
    math::math_hypot(x: f64, y: f64);
    math::math_fmod(x: f64, y: f64);
    math::math_ldexp(x: f64, i: i64);
    math::math_copysign(x: f64, y: f64);
    math::math_degrees(x: f64);
    math::math_radians(x: f64);
    math::math_isinf(x: f64);
    math::math_isnan(x: f64);
    math::math_isfinite(x: f64);
    math::math_floor(x: f64);
    math::math_ceil(x: f64);
    math::math_trunc(x: f64);
    math::math_gcd(a: i64, b: i64);
    math::int_pow(base: i64, exp: i64);
    math::math_frexp_mantissa(x: f64);
    math::math_frexp_exponent(x: f64);
    math::math_modf_fraction(x: f64);
    math::math_modf_integer(x: f64);
    // rfloat
    rfloat::rfloat_formatd(tid: u32, value: f64, code: Str, precision: i64, flags: i64);
    rfloat::rfloat_special(value: f64);
    rfloat::rfloat_string_to_float(s: Str);
    rfloat::rfloat_round_double(value: f64, ndigits: i64, half_even: bool);
    rfloat::rfloat_round_away(x: f64);
    // rbigint
    bigint::bigint_fromint(tid: u32, v: i64);
    bigint::bigint_fromfloat(tid: u32, f: f64);
    bigint::text::bigint_fromstr(tid: u32, s: Str, base: i64);
    bigint::text::bigint_fromdecimalstr(tid: u32, s: Str);
    bigint::bigint_toint(a: Big);
    bigint::bigint_touint(a: Big);
    bigint::bigint_tofloat(a: Big);
    bigint::bigint_sign(a: Big);
    bigint::bigint_bit_length(a: Big);
    bigint::bigint_is_odd(a: Big);
    bigint::bigint_numdigits(a: Big);
    bigint::bigint_hash(a: Big);
    bigint::bigint_cmp(a: Big, b: Big);
    bigint::bigint_add(a: Big, b: Big);
    bigint::bigint_sub(a: Big, b: Big);
    bigint::bigint_mul(a: Big, b: Big);
    bigint::bigint_floordiv(a: Big, b: Big);
    bigint::bigint_mod(a: Big, b: Big);
    bigint::bigint_and(a: Big, b: Big);
    bigint::bigint_or(a: Big, b: Big);
    bigint::bigint_xor(a: Big, b: Big);
    bigint::bigint_pow(a: Big, b: Big, m: Big);
    bigint::bigint_truediv(a: Big, b: Big);
    bigint::bigint_neg(a: Big);
    bigint::bigint_abs(a: Big);
    bigint::bigint_invert(a: Big);
    bigint::bigint_lshift(a: Big, n: i64);
    bigint::bigint_rshift(a: Big, n: i64);
    bigint::text::bigint_to_base(str_tid: u32, a: Big, base: i64);
    bigint::text::bigint_format(str_tid: u32, a: Big, digits: Str);
    bigint::text::bigint_tobytes(str_tid: u32, a: Big, nbytes: i64, little: bool, signed: bool);
    bigint::text::bigint_log(a: Big, base: f64);
    // dict
    dict::dict_new_tids(dict_tid: u32, entries_tid: u32, indexes_tid: u32);
    dict::dict_len(d: Dict);
    dict::dict_clear_auto(d: Dict);
    dict::dict_copy_auto(d: Dict);
    dict::dict_next(d: Dict, pos: i64);
    dict::dict_get_key(d: Dict, ix: i64);
    dict::dict_get_value(d: Dict, ix: i64);
    dict::dict_set_value(d: Dict, ix: i64, value: u64);
    dict::dict_last_live(d: Dict);
    dict::dict_pop_entry(d: Dict, ix: i64);
    dict::dict_lookup_int(d: Dict, key: u64);
    dict::dict_contains_int(d: Dict, key: u64);
    dict::dict_getitem_int(d: Dict, key: u64);
    dict::dict_get_int(d: Dict, key: u64, default: u64);
    dict::dict_setitem_int(d: Dict, key: u64, value: u64);
    dict::dict_delitem_int(d: Dict, key: u64);
    dict::dict_lookup_str(d: Dict, key: u64);
    dict::dict_contains_str(d: Dict, key: u64);
    dict::dict_getitem_str(d: Dict, key: u64);
    dict::dict_get_str(d: Dict, key: u64, default: u64);
    dict::dict_setitem_str(d: Dict, key: u64, value: u64);
    dict::dict_delitem_str(d: Dict, key: u64);
    dict::dict_lookup_id(d: Dict, key: u64);
    dict::dict_contains_id(d: Dict, key: u64);
    dict::dict_getitem_id(d: Dict, key: u64);
    dict::dict_get_id(d: Dict, key: u64, default: u64);
    dict::dict_setitem_id(d: Dict, key: u64, value: u64);
    dict::dict_delitem_id(d: Dict, key: u64);
    dict::dict_getitem_bytes(d: Dict, key: u64);
    dict::dict_get_hash(d: Dict, ix: i64);
    dict::dict_insert_absent(d: Dict, key: u64, value: u64, hash: i64);
    dict::dict_iter_next(d: Dict, pos: i64, expected_len: i64);
    dict::dict_key_error(key_repr: Str);
    dict::dict_key_error_bytes(key: Str);
    dict::dict_popitem_empty();
    // string
    string::str_alloc(tid: u32, nbytes: i64, length: i64);
    string::str_len(s: Str);
    string::str_hash(s: Str);
    string::str_eq(a: Str, b: Str);
    string::str_cmp(a: Str, b: Str);
    string::str_concat(a: Str, b: Str);
    string::str_slice(s: Str, start: i64, stop: i64);
    string::str_getitem(s: Str, i: i64);
    string::str_from_char(tid: u32, c: u32);
    string::str_from_char_cached(table: Array, tid: u32, c: u32);
    string::str_mul(s: Str, n: i64);
    string::str_contains(s: Str, sub: Str);
    string::str_join(sep: Str, items: List);
    string::str_find(s: Str, sub: Str, start: i64, end: i64);
    string::str_rfind(s: Str, sub: Str, start: i64, end: i64);
    string::str_count(s: Str, sub: Str, start: i64, end: i64);
    string::str_startswith(s: Str, prefix: Str, start: i64, end: i64);
    string::str_endswith(s: Str, suffix: Str, start: i64, end: i64);
    string::str_replace(s: Str, old: Str, new: Str, count: i64);
    string::str_strip(s: Str, chars: Str);
    string::str_lstrip(s: Str, chars: Str);
    string::str_rstrip(s: Str, chars: Str);
    string::str_split(list_tid: u32, array_tid: u32, s: Str, sep: Str, maxsplit: i64);
    string::str_rsplit(list_tid: u32, array_tid: u32, s: Str, sep: Str, maxsplit: i64);
    string::str_splitlines(list_tid: u32, array_tid: u32, s: Str, keepends: bool);
    string::str_lower(s: Str);
    string::str_upper(s: Str);
    string::str_capitalize(s: Str);
    string::str_swapcase(s: Str);
    string::str_title(s: Str);
    string::str_repr(s: Str);
    string::str_isdigit(s: Str);
    string::str_isdecimal(s: Str);
    string::str_isnumeric(s: Str);
    string::str_isalpha(s: Str);
    string::str_isalnum(s: Str);
    string::str_isspace(s: Str);
    string::str_islower(s: Str);
    string::str_isupper(s: Str);
    string::str_istitle(s: Str);
    string::str_isascii(s: Str);
    string::str_isprintable(s: Str);
    string::str_isidentifier(s: Str);
    string::int_to_str(tid: u32, v: i64);
    string::uint_to_str(tid: u32, v: u64);
    string::bool_to_str(tid: u32, b: bool);
    string::int_to_base_str(tid: u32, v: i64, base: i64);
    string::float_repr(tid: u32, f: f64);
    string::float_format(tid: u32, f: f64, code: u32, precision: i64, alternate: bool);
    string::str_to_int(s: Str, base: i64);
    string::str_to_float(s: Str);
    string::builder::builder_new(builder_tid: u32, str_tid: u32, capacity: i64);
    string::builder::builder_append(b: GcPtr, s: Str);
    string::builder::builder_append_slice(b: GcPtr, s: Str, start: i64, end: i64);
    string::builder::builder_append_char(b: GcPtr, c: u32, times: i64);
    string::builder::builder_append_char_str(b: GcPtr, s: Str, times: i64, bytes: bool);
    string::builder::builder_build(b: GcPtr);
    string::builder::builder_getlength(b: GcPtr);
    string::codecs::str_encode_ascii(bytes_tid: u32, s: Str);
    string::codecs::str_encode_latin1(bytes_tid: u32, s: Str);
    string::codecs::bytes_decode_ascii(str_tid: u32, b: Str);
    string::codecs::bytes_decode_latin1(str_tid: u32, b: Str);
    string::chars::char_isdigit(c: u32);
    string::chars::char_isdecimal(c: u32);
    string::chars::char_isnumeric(c: u32);
    string::chars::char_isalpha(c: u32);
    string::chars::char_isalnum(c: u32);
    string::chars::char_isspace(c: u32);
    string::chars::char_islower(c: u32);
    string::chars::char_isupper(c: u32);
    string::chars::char_istitle(c: u32);
    string::chars::char_isidentifier(c: u32);
    string::chars::char_upper(c: u32);
    string::chars::char_lower(c: u32);
    string::chars::char_swapcase(c: u32);
    string::chars::char_title(c: u32);
    string::format::percent_int(tid: u32, v: i64, code: u32, flags: i64, width: i64, precision: i64);
    string::format::percent_float(tid: u32, f: f64, code: u32, flags: i64, width: i64, precision: i64);
    string::format::percent_str(s: Str, code: u32, flags: i64, width: i64, precision: i64);
    string::format::format_int_spec(spec: Str, v: i64);
    string::format::format_float_spec(spec: Str, f: f64);
    string::format::format_str_spec(spec: Str, s: Str);
    string::seq::str_join_items(sep: Str, items: Array, n: i64);
    string::seq::str_join_chars(sep: Str, chars: Array, n: i64);
    string::seq::str_index(s: Str, sub: Str, start: i64, end: i64);
    string::seq::str_rindex(s: Str, sub: Str, start: i64, end: i64);
    string::seq::bytes_index(b: Str, sub: Str, start: i64, end: i64);
    string::seq::str_ljust(s: Str, width: i64, fillchar: u32);
    string::seq::str_rjust(s: Str, width: i64, fillchar: u32);
    string::seq::str_center(s: Str, width: i64, fillchar: u32);
    string::seq::str_zfill(s: Str, width: i64);
    string::seq::str_partition(tuple_tid: u32, s: Str, sep: Str);
    string::seq::str_rpartition(tuple_tid: u32, s: Str, sep: Str);
    string::seq::str_compute_hash(s: Str, bytes: bool);
    string::seq::float_compute_hash(f: f64);
    string::seq::bytes_from_ints(tid: u32, items: Array, n: i64);
    string::seq::str_or_none(s: Str, none: Str);
    string::seq::str_repr_or_none(s: Str, none: Str);
    string::bytes::bytes_find(b: Str, sub: Str, start: i64, end: i64);
    string::bytes::bytes_rfind(b: Str, sub: Str, start: i64, end: i64);
    string::bytes::bytes_count(b: Str, sub: Str, start: i64, end: i64);
    string::bytes::bytes_startswith(b: Str, prefix: Str, start: i64, end: i64);
    string::bytes::bytes_endswith(b: Str, suffix: Str, start: i64, end: i64);
    string::bytes::bytes_contains(b: Str, sub: Str);
    string::bytes::bytes_replace(b: Str, old: Str, new: Str, count: i64);
    string::bytes::bytes_strip(b: Str, chars: Str);
    string::bytes::bytes_lstrip(b: Str, chars: Str);
    string::bytes::bytes_rstrip(b: Str, chars: Str);
    string::bytes::bytes_split(list_tid: u32, array_tid: u32, b: Str, sep: Str, maxsplit: i64);
    string::bytes::bytes_rsplit(list_tid: u32, array_tid: u32, b: Str, sep: Str, maxsplit: i64);
    string::bytes::bytes_splitlines(list_tid: u32, array_tid: u32, b: Str, keepends: bool);
    string::bytes::bytes_lower(b: Str);
    string::bytes::bytes_upper(b: Str);
    string::bytes::bytes_isdigit(b: Str);
    string::bytes::bytes_isalpha(b: Str);
    string::bytes::bytes_isalnum(b: Str);
    string::bytes::bytes_isspace(b: Str);
    string::bytes::bytes_islower(b: Str);
    string::bytes::bytes_isupper(b: Str);
    string::bytes::bytes_repr(str_tid: u32, b: Str);
    string::bytes::str_encode_utf8(bytes_tid: u32, s: Str);
    string::bytes::bytes_decode_utf8(str_tid: u32, b: Str);
    // os: cwd, environ, listdir, os.path
    os::os_getcwd_rpy(tid: u32);
    os::os_environ_contains_rpy(name: Str);
    os::os_environ_getitem_rpy(tid: u32, name: Str);
    os::os_listdir_rpy(list_tid: u32, array_tid: u32, str_tid: u32, path: Str);
    os::os_path_dirname_rpy(tid: u32, p: Str);
    os::os_path_basename_rpy(tid: u32, p: Str);
    os::os_path_join_rpy(tid: u32, a: Str, b: Str);
    os::os_path_abspath_rpy(tid: u32, p: Str);
    os::os_mkdir_rpy(path: Str, mode: i64);
    os::os_rmdir_rpy(path: Str);
}

/// Every registered helper.
pub fn all() -> &'static [Helper] {
    HELPERS
}

/// The helper named `name` (its path inside the crate, e.g.
/// `"list::list_resize"`).
pub fn lookup(name: &str) -> Option<&'static Helper> {
    static INDEX: OnceLock<HashMap<&'static str, &'static Helper>> = OnceLock::new();
    INDEX
        .get_or_init(|| HELPERS.iter().map(|h| (h.name, h)).collect())
        .get(name)
        .copied()
}
