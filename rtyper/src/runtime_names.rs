//! What the rtyper knows about the runtime crate: the builtin exceptions it
//! can raise and the table of runtime helper functions (name, signature,
//! effects). Codegen-rs calls helpers by `runtime::<path>`; the graph
//! interpreter looks them up by name in the runtime's registry.

/// Builtin exceptions raised by low-level operations and helpers (the same
/// list, in the same order, as `runtime::exc::Builtin`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub enum Exc {
    IndexError,
    KeyError,
    ZeroDivisionError,
    ValueError,
    OverflowError,
    MemoryError,
    OSError,
    StackOverflow,
    AssertionError,
    TypeError,
    NotImplementedError,
    StopIteration,
    RuntimeError,
}

impl Exc {
    pub const ALL: [Exc; 13] = [
        Exc::IndexError,
        Exc::KeyError,
        Exc::ZeroDivisionError,
        Exc::ValueError,
        Exc::OverflowError,
        Exc::MemoryError,
        Exc::OSError,
        Exc::StackOverflow,
        Exc::AssertionError,
        Exc::TypeError,
        Exc::NotImplementedError,
        Exc::StopIteration,
        Exc::RuntimeError,
    ];
    /// The Python class name.
    pub fn name(self) -> &'static str {
        match self {
            Exc::IndexError => "IndexError",
            Exc::KeyError => "KeyError",
            Exc::ZeroDivisionError => "ZeroDivisionError",
            Exc::ValueError => "ValueError",
            Exc::OverflowError => "OverflowError",
            Exc::MemoryError => "MemoryError",
            Exc::OSError => "OSError",
            Exc::StackOverflow => "RecursionError",
            Exc::AssertionError => "AssertionError",
            Exc::TypeError => "TypeError",
            Exc::NotImplementedError => "NotImplementedError",
            Exc::StopIteration => "StopIteration",
            Exc::RuntimeError => "RuntimeError",
        }
    }
    pub fn from_name(name: &str) -> Option<Exc> {
        Exc::ALL.iter().copied().find(|e| e.name() == name)
    }
}

/// The type of a helper parameter or result, named for the Rust type of
/// the runtime function's parameter (codegen-rs casts to it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HType {
    Void,
    Bool,
    Signed,
    Unsigned,
    Float,
    UniChar,
    /// A type id (`u32`), passed as a `Void` type constant
    /// (`LlConst::Type`).
    Tid,
    /// `*mut RpyStr` (`str` and `bytes`).
    Str,
    /// `*mut RpyList` (a resizable list of any item type).
    List,
    /// `*mut RpyArray` (a GC array of any item type).
    Array,
    /// `*mut RpyDict` (a dict of any key and value types).
    Dict,
    /// Any GC pointer (`GcPtr`).
    GcPtr,
}

/// A function of the runtime crate that low-level graphs call with
/// `call_helper`.
#[derive(Debug)]
pub struct HelperDesc {
    /// The path of the function inside the runtime crate
    /// (`string::str_concat`): both the name in the runtime's helper
    /// registry and the path generated code calls.
    pub name: &'static str,
    pub params: &'static [HType],
    pub result: HType,
    pub raises: &'static [Exc],
    pub can_collect: bool,
}

macro_rules! helpers {
    ($($ident:ident $name:literal ($($p:ident),*) -> $r:ident [$($exc:ident),*] $collect:tt;)*) => {
        $(pub static $ident: HelperDesc = HelperDesc {
            name: $name,
            params: &[$(HType::$p),*],
            result: HType::$r,
            raises: &[$(Exc::$exc),*],
            can_collect: helpers!(@flag $collect),
        };)*
        /// Every helper the rtyper can call.
        pub static HELPERS: &[&HelperDesc] = &[$(&$ident),*];
    };
    (@flag collect) => { true };
    (@flag _) => { false };
}

// Sections: keep each topic's rows together (strings; lists, tuples and
// builtins; dicts; I/O).
helpers! {
    // strings and bytes
    STR_CONCAT "string::str_concat" (Str, Str) -> Str [MemoryError] collect;
    STR_EQ "string::str_eq" (Str, Str) -> Bool [] _;
    STR_CMP "string::str_cmp" (Str, Str) -> Signed [] _;
    STR_HASH "string::str_hash" (Str) -> Signed [] _;
    STR_SLICE "string::str_slice" (Str, Signed, Signed) -> Str [MemoryError] collect;
    STR_GETITEM "string::str_getitem" (Str, Signed) -> UniChar [] _;
    STR_FROM_CHAR "string::str_from_char" (Tid, UniChar) -> Str [MemoryError] collect;
    STR_FROM_CHAR_CACHED "string::str_from_char_cached" (Array, Tid, UniChar) -> Str [MemoryError] collect;
    STR_MUL "string::str_mul" (Str, Signed) -> Str [MemoryError] collect;
    STR_CONTAINS "string::str_contains" (Str, Str) -> Bool [] _;
    INT_TO_STR "string::int_to_str" (Tid, Signed) -> Str [MemoryError] collect;
    UINT_TO_STR "string::uint_to_str" (Tid, Unsigned) -> Str [MemoryError] collect;
    BOOL_TO_STR "string::bool_to_str" (Tid, Bool) -> Str [MemoryError] collect;
    FLOAT_REPR "string::float_repr" (Tid, Float) -> Str [MemoryError] collect;
    STR_TO_INT "string::str_to_int" (Str, Signed) -> Signed [ValueError] _;
    STR_TO_FLOAT "string::str_to_float" (Str) -> Float [ValueError] _;
    STR_REPR "string::str_repr" (Str) -> Str [MemoryError] collect;
    STR_JOIN_ITEMS "string::seq::str_join_items" (Str, Array, Signed) -> Str [TypeError, MemoryError] collect;
    STR_JOIN_CHARS "string::seq::str_join_chars" (Str, Array, Signed) -> Str [MemoryError] collect;
    STR_FIND "string::str_find" (Str, Str, Signed, Signed) -> Signed [] _;
    STR_RFIND "string::str_rfind" (Str, Str, Signed, Signed) -> Signed [] _;
    STR_COUNT "string::str_count" (Str, Str, Signed, Signed) -> Signed [] _;
    STR_INDEX "string::seq::str_index" (Str, Str, Signed, Signed) -> Signed [ValueError] _;
    STR_RINDEX "string::seq::str_rindex" (Str, Str, Signed, Signed) -> Signed [ValueError] _;
    STR_STARTSWITH "string::str_startswith" (Str, Str, Signed, Signed) -> Bool [] _;
    STR_ENDSWITH "string::str_endswith" (Str, Str, Signed, Signed) -> Bool [] _;
    STR_REPLACE "string::str_replace" (Str, Str, Str, Signed) -> Str [MemoryError] collect;
    STR_STRIP "string::str_strip" (Str, Str) -> Str [MemoryError] collect;
    STR_LSTRIP "string::str_lstrip" (Str, Str) -> Str [MemoryError] collect;
    STR_RSTRIP "string::str_rstrip" (Str, Str) -> Str [MemoryError] collect;
    STR_SPLIT "string::str_split" (Tid, Tid, Str, Str, Signed) -> List [ValueError, MemoryError] collect;
    STR_RSPLIT "string::str_rsplit" (Tid, Tid, Str, Str, Signed) -> List [ValueError, MemoryError] collect;
    STR_SPLITLINES "string::str_splitlines" (Tid, Tid, Str, Bool) -> List [MemoryError] collect;
    STR_LOWER "string::str_lower" (Str) -> Str [MemoryError] collect;
    STR_UPPER "string::str_upper" (Str) -> Str [MemoryError] collect;
    STR_CAPITALIZE "string::str_capitalize" (Str) -> Str [MemoryError] collect;
    STR_SWAPCASE "string::str_swapcase" (Str) -> Str [MemoryError] collect;
    STR_TITLE "string::str_title" (Str) -> Str [MemoryError] collect;
    STR_ISDIGIT "string::str_isdigit" (Str) -> Bool [] _;
    STR_ISDECIMAL "string::str_isdecimal" (Str) -> Bool [] _;
    STR_ISNUMERIC "string::str_isnumeric" (Str) -> Bool [] _;
    STR_ISALPHA "string::str_isalpha" (Str) -> Bool [] _;
    STR_ISALNUM "string::str_isalnum" (Str) -> Bool [] _;
    STR_ISSPACE "string::str_isspace" (Str) -> Bool [] _;
    STR_ISLOWER "string::str_islower" (Str) -> Bool [] _;
    STR_ISUPPER "string::str_isupper" (Str) -> Bool [] _;
    STR_ISIDENTIFIER "string::str_isidentifier" (Str) -> Bool [] _;
    STR_LJUST "string::seq::str_ljust" (Str, Signed, UniChar) -> Str [MemoryError] collect;
    STR_RJUST "string::seq::str_rjust" (Str, Signed, UniChar) -> Str [MemoryError] collect;
    STR_CENTER "string::seq::str_center" (Str, Signed, UniChar) -> Str [MemoryError] collect;
    STR_ZFILL "string::seq::str_zfill" (Str, Signed) -> Str [MemoryError] collect;
    STR_PARTITION "string::seq::str_partition" (Tid, Str, Str) -> GcPtr [ValueError, MemoryError] collect;
    STR_RPARTITION "string::seq::str_rpartition" (Tid, Str, Str) -> GcPtr [ValueError, MemoryError] collect;
    STR_COMPUTE_HASH "string::seq::str_compute_hash" (Str, Bool) -> Signed [] _;
    FLOAT_COMPUTE_HASH "string::seq::float_compute_hash" (Float) -> Signed [] _;
    STR_OR_NONE "string::seq::str_or_none" (Str, Str) -> Str [] _;
    STR_REPR_OR_NONE "string::seq::str_repr_or_none" (Str, Str) -> Str [MemoryError] collect;
    BYTES_FROM_INTS "string::seq::bytes_from_ints" (Tid, Array, Signed) -> Str [ValueError, MemoryError] collect;
    CHAR_ISDIGIT "string::chars::char_isdigit" (UniChar) -> Bool [] _;
    CHAR_ISDECIMAL "string::chars::char_isdecimal" (UniChar) -> Bool [] _;
    CHAR_ISNUMERIC "string::chars::char_isnumeric" (UniChar) -> Bool [] _;
    CHAR_ISALPHA "string::chars::char_isalpha" (UniChar) -> Bool [] _;
    CHAR_ISALNUM "string::chars::char_isalnum" (UniChar) -> Bool [] _;
    CHAR_ISSPACE "string::chars::char_isspace" (UniChar) -> Bool [] _;
    CHAR_ISLOWER "string::chars::char_islower" (UniChar) -> Bool [] _;
    CHAR_ISUPPER "string::chars::char_isupper" (UniChar) -> Bool [] _;
    CHAR_ISIDENTIFIER "string::chars::char_isidentifier" (UniChar) -> Bool [] _;
    CHAR_UPPER "string::chars::char_upper" (UniChar) -> UniChar [] _;
    CHAR_LOWER "string::chars::char_lower" (UniChar) -> UniChar [] _;
    CHAR_SWAPCASE "string::chars::char_swapcase" (UniChar) -> UniChar [] _;
    CHAR_TITLE "string::chars::char_title" (UniChar) -> UniChar [] _;
    INT_TO_BASE_STR "string::int_to_base_str" (Tid, Signed, Signed) -> Str [MemoryError] collect;
    PERCENT_INT "string::format::percent_int" (Tid, Signed, UniChar, Signed, Signed, Signed) -> Str [OverflowError, MemoryError] collect;
    PERCENT_FLOAT "string::format::percent_float" (Tid, Float, UniChar, Signed, Signed, Signed) -> Str [MemoryError] collect;
    PERCENT_STR "string::format::percent_str" (Str, UniChar, Signed, Signed, Signed) -> Str [MemoryError] collect;
    FORMAT_INT_SPEC "string::format::format_int_spec" (Str, Signed) -> Str [ValueError, OverflowError, MemoryError] collect;
    FORMAT_FLOAT_SPEC "string::format::format_float_spec" (Str, Float) -> Str [ValueError, MemoryError] collect;
    FORMAT_STR_SPEC "string::format::format_str_spec" (Str, Str) -> Str [ValueError, MemoryError] collect;
    BUILDER_NEW "string::builder::builder_new" (Tid, Tid, Signed) -> GcPtr [MemoryError] collect;
    BUILDER_APPEND "string::builder::builder_append" (GcPtr, Str) -> Void [MemoryError] collect;
    BUILDER_APPEND_SLICE "string::builder::builder_append_slice" (GcPtr, Str, Signed, Signed) -> Void [ValueError, MemoryError] collect;
    BUILDER_APPEND_CHAR "string::builder::builder_append_char" (GcPtr, UniChar, Signed) -> Void [MemoryError] collect;
    BUILDER_APPEND_CHAR_STR "string::builder::builder_append_char_str" (GcPtr, Str, Signed, Bool) -> Void [ValueError, MemoryError] collect;
    BUILDER_BUILD "string::builder::builder_build" (GcPtr) -> Str [MemoryError] collect;
    BYTES_FIND "string::bytes::bytes_find" (Str, Str, Signed, Signed) -> Signed [] _;
    BYTES_RFIND "string::bytes::bytes_rfind" (Str, Str, Signed, Signed) -> Signed [] _;
    BYTES_COUNT "string::bytes::bytes_count" (Str, Str, Signed, Signed) -> Signed [] _;
    BYTES_INDEX "string::seq::bytes_index" (Str, Str, Signed, Signed) -> Signed [ValueError] _;
    BYTES_STARTSWITH "string::bytes::bytes_startswith" (Str, Str, Signed, Signed) -> Bool [] _;
    BYTES_ENDSWITH "string::bytes::bytes_endswith" (Str, Str, Signed, Signed) -> Bool [] _;
    BYTES_CONTAINS "string::bytes::bytes_contains" (Str, Str) -> Bool [] _;
    BYTES_REPLACE "string::bytes::bytes_replace" (Str, Str, Str, Signed) -> Str [MemoryError] collect;
    BYTES_STRIP "string::bytes::bytes_strip" (Str, Str) -> Str [MemoryError] collect;
    BYTES_LSTRIP "string::bytes::bytes_lstrip" (Str, Str) -> Str [MemoryError] collect;
    BYTES_RSTRIP "string::bytes::bytes_rstrip" (Str, Str) -> Str [MemoryError] collect;
    BYTES_SPLIT "string::bytes::bytes_split" (Tid, Tid, Str, Str, Signed) -> List [ValueError, MemoryError] collect;
    BYTES_RSPLIT "string::bytes::bytes_rsplit" (Tid, Tid, Str, Str, Signed) -> List [ValueError, MemoryError] collect;
    BYTES_SPLITLINES "string::bytes::bytes_splitlines" (Tid, Tid, Str, Bool) -> List [MemoryError] collect;
    BYTES_LOWER "string::bytes::bytes_lower" (Str) -> Str [MemoryError] collect;
    BYTES_UPPER "string::bytes::bytes_upper" (Str) -> Str [MemoryError] collect;
    BYTES_ISDIGIT "string::bytes::bytes_isdigit" (Str) -> Bool [] _;
    BYTES_ISALPHA "string::bytes::bytes_isalpha" (Str) -> Bool [] _;
    BYTES_ISALNUM "string::bytes::bytes_isalnum" (Str) -> Bool [] _;
    BYTES_ISSPACE "string::bytes::bytes_isspace" (Str) -> Bool [] _;
    BYTES_ISLOWER "string::bytes::bytes_islower" (Str) -> Bool [] _;
    BYTES_ISUPPER "string::bytes::bytes_isupper" (Str) -> Bool [] _;
    BYTES_REPR "string::bytes::bytes_repr" (Tid, Str) -> Str [MemoryError] collect;
    STR_ENCODE_UTF8 "string::bytes::str_encode_utf8" (Tid, Str) -> Str [MemoryError] collect;
    BYTES_DECODE_UTF8 "string::bytes::bytes_decode_utf8" (Tid, Str) -> Str [ValueError, MemoryError] collect;
    STR_ENCODE_ASCII "string::codecs::str_encode_ascii" (Tid, Str) -> Str [ValueError, MemoryError] collect;
    STR_ENCODE_LATIN1 "string::codecs::str_encode_latin1" (Tid, Str) -> Str [ValueError, MemoryError] collect;
    BYTES_DECODE_ASCII "string::codecs::bytes_decode_ascii" (Tid, Str) -> Str [ValueError, MemoryError] collect;
    BYTES_DECODE_LATIN1 "string::codecs::bytes_decode_latin1" (Tid, Str) -> Str [ValueError, MemoryError] collect;
    // lists, tuples, builtins, math, rbigint
    LIST_RESIZE "list::list_resize" (List, Signed, Tid) -> List [MemoryError] collect;
    LIST_DELETE_RANGE "list::list_delete_range" (List, Signed, Signed, Tid) -> List [MemoryError] collect;
    LIST_INSERT_GAP "list::list_insert_gap" (List, Signed, Tid) -> List [MemoryError] collect;
    ARRAY_COPY "list::array_copy" (Array, Signed, Array, Signed, Signed) -> Void [] _;
    ITEMS_FIND_WORD "listops::items_find_word" (Array, Signed, Unsigned) -> Signed [] _;
    ITEMS_FIND_FLOAT "listops::items_find_float" (Array, Signed, Float) -> Signed [] _;
    ITEMS_FIND_STR "listops::items_find_str" (Array, Signed, Str) -> Signed [] _;
    ITEMS_INDEX_WORD "listops::items_index_word" (Array, Signed, Unsigned, Signed, Bool) -> Signed [ValueError] _;
    ITEMS_INDEX_FLOAT "listops::items_index_float" (Array, Signed, Float, Bool) -> Signed [ValueError] _;
    ITEMS_INDEX_STR "listops::items_index_str" (Array, Signed, Str, Bool) -> Signed [ValueError] _;
    ITEMS_COUNT_WORD "listops::items_count_word" (Array, Signed, Unsigned) -> Signed [] _;
    ITEMS_COUNT_FLOAT "listops::items_count_float" (Array, Signed, Float) -> Signed [] _;
    ITEMS_COUNT_STR "listops::items_count_str" (Array, Signed, Str) -> Signed [] _;
    ITEMS_EQ_WORD "listops::items_eq_word" (Array, Signed, Array, Signed) -> Bool [] _;
    ITEMS_EQ_FLOAT "listops::items_eq_float" (Array, Signed, Array, Signed) -> Bool [] _;
    ITEMS_EQ_STR "listops::items_eq_str" (Array, Signed, Array, Signed) -> Bool [] _;
    ITEMS_SORT_INT "listops::items_sort_int" (Array, Signed, Bool) -> Void [] _;
    ITEMS_SORT_UINT "listops::items_sort_uint" (Array, Signed, Bool) -> Void [] _;
    ITEMS_SORT_FLOAT "listops::items_sort_float" (Array, Signed, Bool) -> Void [] _;
    ITEMS_SORT_STR "listops::items_sort_str" (Array, Signed, Bool) -> Void [] _;
    ITEMS_REVERSE "listops::items_reverse" (Array, Signed) -> Void [] _;
    ITEMS_SUM_INT "listops::items_sum_int" (Array, Signed, Signed) -> Signed [] _;
    ITEMS_SUM_FLOAT "listops::items_sum_float" (Array, Signed, Float) -> Float [] _;
    ITEMS_ANY_WORD "listops::items_any_word" (Array, Signed) -> Bool [] _;
    ITEMS_ALL_WORD "listops::items_all_word" (Array, Signed) -> Bool [] _;
    ARRAY_REPEAT "listops::array_repeat" (Array, Signed, Signed) -> Array [MemoryError] collect;
    ARRAY_CONCAT "listops::array_concat" (Array, Signed, Array, Signed) -> Array [MemoryError] collect;
    ARRAY_SLICE_CLAMPED "listops::array_slice_clamped" (Array, Signed, Signed, Signed) -> Array [MemoryError] collect;
    ARRAY_FROM_STR_CHARS "listops::array_from_str_chars" (Tid, Str) -> Array [MemoryError] collect;
    ARRAY_FROM_RANGE "listops::array_from_range" (Tid, Signed, Signed, Signed) -> Array [MemoryError, ValueError] collect;
    LIST_SETSLICE "listops::list_setslice" (List, Signed, Signed, Array, Signed, Tid) -> List [MemoryError] collect;
    LIST_DELSLICE "listops::list_delslice" (List, Signed, Signed, Tid) -> List [MemoryError] collect;
    LIST_EXTEND_ITEMS "listops::list_extend_items" (List, Array, Signed, Tid) -> List [MemoryError] collect;
    MATH_SQRT "math::math_sqrt" (Float) -> Float [ValueError] _;
    MATH_EXP "math::math_exp" (Float) -> Float [OverflowError] _;
    MATH_LOG "math::math_log" (Float) -> Float [ValueError] _;
    MATH_LOG_BASE "math::math_log_base" (Float, Float) -> Float [ValueError, ZeroDivisionError] _;
    MATH_LOG10 "math::math_log10" (Float) -> Float [ValueError] _;
    MATH_LOG2 "math::math_log2" (Float) -> Float [ValueError] _;
    MATH_POW "math::math_pow" (Float, Float) -> Float [ValueError, OverflowError] _;
    MATH_SIN "math::math_sin" (Float) -> Float [ValueError] _;
    MATH_COS "math::math_cos" (Float) -> Float [ValueError] _;
    MATH_TAN "math::math_tan" (Float) -> Float [ValueError] _;
    MATH_ASIN "math::math_asin" (Float) -> Float [ValueError] _;
    MATH_ACOS "math::math_acos" (Float) -> Float [ValueError] _;
    MATH_ATAN "math::math_atan" (Float) -> Float [ValueError] _;
    MATH_SINH "math::math_sinh" (Float) -> Float [OverflowError] _;
    MATH_COSH "math::math_cosh" (Float) -> Float [OverflowError] _;
    MATH_TANH "math::math_tanh" (Float) -> Float [ValueError] _;
    MATH_ATAN2 "math::math_atan2" (Float, Float) -> Float [] _;
    MATH_HYPOT "math::math_hypot" (Float, Float) -> Float [OverflowError] _;
    MATH_FMOD "math::math_fmod" (Float, Float) -> Float [ValueError] _;
    MATH_LDEXP "math::math_ldexp" (Float, Signed) -> Float [OverflowError] _;
    MATH_COPYSIGN "math::math_copysign" (Float, Float) -> Float [] _;
    MATH_DEGREES "math::math_degrees" (Float) -> Float [] _;
    MATH_RADIANS "math::math_radians" (Float) -> Float [] _;
    MATH_ISINF "math::math_isinf" (Float) -> Bool [] _;
    MATH_ISNAN "math::math_isnan" (Float) -> Bool [] _;
    MATH_ISFINITE "math::math_isfinite" (Float) -> Bool [] _;
    MATH_FLOOR "math::math_floor" (Float) -> Float [] _;
    MATH_CEIL "math::math_ceil" (Float) -> Float [] _;
    MATH_TRUNC "math::math_trunc" (Float) -> Float [] _;
    MATH_GCD "math::math_gcd" (Signed, Signed) -> Signed [] _;
    INT_POW "math::int_pow" (Signed, Signed) -> Signed [ValueError] _;
    MATH_FREXP_MANTISSA "math::math_frexp_mantissa" (Float) -> Float [] _;
    MATH_FREXP_EXPONENT "math::math_frexp_exponent" (Float) -> Signed [] _;
    MATH_MODF_FRACTION "math::math_modf_fraction" (Float) -> Float [] _;
    MATH_MODF_INTEGER "math::math_modf_integer" (Float) -> Float [] _;
    RFLOAT_FORMATD "rfloat::rfloat_formatd" (Tid, Float, Str, Signed, Signed) -> Str [ValueError, MemoryError] collect;
    RFLOAT_SPECIAL "rfloat::rfloat_special" (Float) -> Signed [] _;
    RFLOAT_STRING_TO_FLOAT "rfloat::rfloat_string_to_float" (Str) -> Float [ValueError] _;
    RFLOAT_ROUND_DOUBLE "rfloat::rfloat_round_double" (Float, Signed, Bool) -> Float [OverflowError] _;
    RFLOAT_ROUND_AWAY "rfloat::rfloat_round_away" (Float) -> Float [] _;
    // rbigint: `GcPtr` operands and results are rbigints
    BIGINT_FROMINT "bigint::bigint_fromint" (Tid, Signed) -> GcPtr [MemoryError] collect;
    BIGINT_FROMFLOAT "bigint::bigint_fromfloat" (Tid, Float) -> GcPtr [OverflowError, ValueError, MemoryError] collect;
    BIGINT_FROMSTR "bigint::text::bigint_fromstr" (Tid, Str, Signed) -> GcPtr [ValueError, MemoryError] collect;
    BIGINT_FROMDECIMALSTR "bigint::text::bigint_fromdecimalstr" (Tid, Str) -> GcPtr [ValueError, MemoryError] collect;
    BIGINT_TOINT "bigint::bigint_toint" (GcPtr) -> Signed [OverflowError] _;
    BIGINT_TOUINT "bigint::bigint_touint" (GcPtr) -> Unsigned [OverflowError] _;
    BIGINT_TOFLOAT "bigint::bigint_tofloat" (GcPtr) -> Float [OverflowError] _;
    BIGINT_SIGN "bigint::bigint_sign" (GcPtr) -> Signed [] _;
    BIGINT_BIT_LENGTH "bigint::bigint_bit_length" (GcPtr) -> Signed [] _;
    BIGINT_IS_ODD "bigint::bigint_is_odd" (GcPtr) -> Bool [] _;
    BIGINT_NUMDIGITS "bigint::bigint_numdigits" (GcPtr) -> Signed [] _;
    BIGINT_HASH "bigint::bigint_hash" (GcPtr) -> Signed [] _;
    BIGINT_CMP "bigint::bigint_cmp" (GcPtr, GcPtr) -> Signed [] _;
    BIGINT_ADD "bigint::bigint_add" (GcPtr, GcPtr) -> GcPtr [MemoryError] collect;
    BIGINT_SUB "bigint::bigint_sub" (GcPtr, GcPtr) -> GcPtr [MemoryError] collect;
    BIGINT_MUL "bigint::bigint_mul" (GcPtr, GcPtr) -> GcPtr [MemoryError] collect;
    BIGINT_FLOORDIV "bigint::bigint_floordiv" (GcPtr, GcPtr) -> GcPtr [ZeroDivisionError, MemoryError] collect;
    BIGINT_MOD "bigint::bigint_mod" (GcPtr, GcPtr) -> GcPtr [ZeroDivisionError, MemoryError] collect;
    BIGINT_AND "bigint::bigint_and" (GcPtr, GcPtr) -> GcPtr [MemoryError] collect;
    BIGINT_OR "bigint::bigint_or" (GcPtr, GcPtr) -> GcPtr [MemoryError] collect;
    BIGINT_XOR "bigint::bigint_xor" (GcPtr, GcPtr) -> GcPtr [MemoryError] collect;
    BIGINT_POW "bigint::bigint_pow" (GcPtr, GcPtr, GcPtr) -> GcPtr [ValueError, MemoryError] collect;
    BIGINT_TRUEDIV "bigint::bigint_truediv" (GcPtr, GcPtr) -> Float [ZeroDivisionError, OverflowError] _;
    BIGINT_NEG "bigint::bigint_neg" (GcPtr) -> GcPtr [MemoryError] collect;
    BIGINT_ABS "bigint::bigint_abs" (GcPtr) -> GcPtr [MemoryError] collect;
    BIGINT_INVERT "bigint::bigint_invert" (GcPtr) -> GcPtr [MemoryError] collect;
    BIGINT_LSHIFT "bigint::bigint_lshift" (GcPtr, Signed) -> GcPtr [ValueError, MemoryError] collect;
    BIGINT_RSHIFT "bigint::bigint_rshift" (GcPtr, Signed) -> GcPtr [ValueError, MemoryError] collect;
    BIGINT_TO_BASE "bigint::text::bigint_to_base" (Tid, GcPtr, Signed) -> Str [MemoryError] collect;
    BIGINT_FORMAT "bigint::text::bigint_format" (Tid, GcPtr, Str) -> Str [ValueError, MemoryError] collect;
    BIGINT_TOBYTES "bigint::text::bigint_tobytes" (Tid, GcPtr, Signed, Bool, Bool) -> Str [ValueError, OverflowError, MemoryError] collect;
    BIGINT_LOG "bigint::text::bigint_log" (GcPtr, Float) -> Float [ValueError, ZeroDivisionError] _;
    // dicts (keys and values are passed as `u64` words)
    DICT_NEW "dict::dict_new_tids" (Tid, Tid, Tid) -> Dict [MemoryError] collect;
    DICT_CLEAR "dict::dict_clear_auto" (Dict) -> Bool [MemoryError] collect;
    DICT_COPY "dict::dict_copy_auto" (Dict) -> Dict [MemoryError] collect;
    DICT_NEXT "dict::dict_next" (Dict, Signed) -> Signed [] _;
    DICT_GET_KEY "dict::dict_get_key" (Dict, Signed) -> Unsigned [] _;
    DICT_GET_VALUE "dict::dict_get_value" (Dict, Signed) -> Unsigned [] _;
    DICT_GET_HASH "dict::dict_get_hash" (Dict, Signed) -> Signed [] _;
    DICT_SET_VALUE "dict::dict_set_value" (Dict, Signed, Unsigned) -> Void [] _;
    DICT_LAST_LIVE "dict::dict_last_live" (Dict) -> Signed [] _;
    DICT_POP_ENTRY "dict::dict_pop_entry" (Dict, Signed) -> Void [] _;
    DICT_INSERT_ABSENT "dict::dict_insert_absent" (Dict, Unsigned, Unsigned, Signed) -> Void [MemoryError] collect;
    DICT_ITER_NEXT "dict::dict_iter_next" (Dict, Signed, Signed) -> Signed [RuntimeError, StopIteration] _;
    DICT_KEY_ERROR "dict::dict_key_error" (Str) -> Void [KeyError] _;
    DICT_KEY_ERROR_BYTES "dict::dict_key_error_bytes" (Str) -> Void [KeyError] _;
    DICT_POPITEM_EMPTY "dict::dict_popitem_empty" () -> Void [KeyError] _;
    DICT_LOOKUP_INT "dict::dict_lookup_int" (Dict, Unsigned) -> Signed [] _;
    DICT_CONTAINS_INT "dict::dict_contains_int" (Dict, Unsigned) -> Bool [] _;
    DICT_GETITEM_INT "dict::dict_getitem_int" (Dict, Unsigned) -> Unsigned [KeyError] _;
    DICT_GET_INT "dict::dict_get_int" (Dict, Unsigned, Unsigned) -> Unsigned [] _;
    DICT_SETITEM_INT "dict::dict_setitem_int" (Dict, Unsigned, Unsigned) -> Void [MemoryError] collect;
    DICT_DELITEM_INT "dict::dict_delitem_int" (Dict, Unsigned) -> Bool [] _;
    DICT_LOOKUP_STR "dict::dict_lookup_str" (Dict, Unsigned) -> Signed [] _;
    DICT_CONTAINS_STR "dict::dict_contains_str" (Dict, Unsigned) -> Bool [] _;
    DICT_GETITEM_STR "dict::dict_getitem_str" (Dict, Unsigned) -> Unsigned [KeyError] _;
    DICT_GETITEM_BYTES "dict::dict_getitem_bytes" (Dict, Unsigned) -> Unsigned [KeyError] _;
    DICT_GET_STR "dict::dict_get_str" (Dict, Unsigned, Unsigned) -> Unsigned [] _;
    DICT_SETITEM_STR "dict::dict_setitem_str" (Dict, Unsigned, Unsigned) -> Void [MemoryError] collect;
    DICT_DELITEM_STR "dict::dict_delitem_str" (Dict, Unsigned) -> Bool [] _;
    DICT_LOOKUP_ID "dict::dict_lookup_id" (Dict, Unsigned) -> Signed [] _;
    DICT_CONTAINS_ID "dict::dict_contains_id" (Dict, Unsigned) -> Bool [] _;
    DICT_GETITEM_ID "dict::dict_getitem_id" (Dict, Unsigned) -> Unsigned [KeyError] _;
    DICT_GET_ID "dict::dict_get_id" (Dict, Unsigned, Unsigned) -> Unsigned [] _;
    DICT_SETITEM_ID "dict::dict_setitem_id" (Dict, Unsigned, Unsigned) -> Void [MemoryError] collect;
    DICT_DELITEM_ID "dict::dict_delitem_id" (Dict, Unsigned) -> Bool [] _;
    IDENTITY_HASH "gc::identity_hash" (GcPtr) -> Signed [] _;
    UNIQUE_ID "gc::unique_id" (GcPtr) -> Signed [] _;
    // I/O, os, time, files
    OS_WRITE "io::os_write_rpy" (Signed, Str) -> Signed [OSError] _;
    PRINT_STR "io::print_str" (Str) -> Void [] _;
    PRINT_NEWLINE "io::print_newline" () -> Void [] _;
    PRINT_SPACE "io::print_space" () -> Void [] _;
    OS_READ "io::os_read_rpy" (Tid, Signed, Signed) -> Str [OSError, MemoryError] collect;
    OS_OPEN "io::os_open_rpy" (Str, Signed, Signed) -> Signed [OSError] _;
    OS_CLOSE "io::os_close_rpy" (Signed) -> Void [OSError] _;
    OS_LSEEK "io::os_lseek_rpy" (Signed, Signed, Signed) -> Signed [OSError] _;
    OS_UNLINK "io::os_unlink_rpy" (Str) -> Void [OSError] _;
    OS_GETPID "io::os_getpid" () -> Signed [] _;
    OS_ISATTY "io::os_isatty" (Signed) -> Bool [] _;
    OS_PATH_EXISTS "io::os_path_exists_rpy" (Str) -> Bool [] _;
    OS_PATH_ISFILE "io::os_path_isfile_rpy" (Str) -> Bool [] _;
    OS_PATH_ISDIR "io::os_path_isdir_rpy" (Str) -> Bool [] _;
    TIME_TIME "io::time_time" () -> Float [] _;
    TIME_PERF_COUNTER "io::time_perf_counter" () -> Float [] _;
    TIME_MONOTONIC "io::time_monotonic" () -> Float [] _;
    TIME_SLEEP "io::time_sleep" (Float) -> Void [ValueError] _;
    RFILE_OPEN "rfile::open_rpy" (Str, Str) -> Signed [OSError, ValueError] _;
    RFILE_FDOPEN "rfile::fdopen_rpy" (Signed, Str) -> Signed [OSError, ValueError] _;
    RFILE_READ "rfile::read_rpy" (Tid, Signed, Signed, Bool, Bool) -> Str [OSError, ValueError, MemoryError] collect;
    RFILE_WRITE "rfile::write_rpy" (Signed, Str) -> Void [OSError, ValueError] _;
    RFILE_FLUSH "rfile::flush_rpy" (Signed) -> Void [OSError, ValueError] _;
    RFILE_CLOSE "rfile::close_rpy" (Signed) -> Void [OSError, ValueError] _;
    RFILE_TELL "rfile::tell_rpy" (Signed) -> Signed [OSError, ValueError] _;
    RFILE_SEEK "rfile::seek_rpy" (Signed, Signed, Signed) -> Void [OSError, ValueError] _;
    RFILE_TRUNCATE "rfile::truncate_rpy" (Signed, Signed) -> Void [OSError, ValueError] _;
    RFILE_FILENO "rfile::fileno_rpy" (Signed) -> Signed [OSError, ValueError] _;
    RFILE_ISATTY "rfile::isatty_rpy" (Signed) -> Bool [OSError, ValueError] _;
    RFILE_FIND_FD "rfile::find_fd_rpy" (Signed) -> Signed [] _;
    // os: cwd, environ, listdir, os.path (rtyper/src/ros.rs)
    OS_GETENV "io::os_getenv_rpy" (Tid, Str) -> Str [MemoryError] collect;
    OS_GETCWD "os::os_getcwd_rpy" (Tid) -> Str [OSError, MemoryError] collect;
    OS_ENVIRON_CONTAINS "os::os_environ_contains_rpy" (Str) -> Bool [] _;
    OS_ENVIRON_GETITEM "os::os_environ_getitem_rpy" (Tid, Str) -> Str [KeyError, MemoryError] collect;
    OS_LISTDIR "os::os_listdir_rpy" (Tid, Tid, Tid, Str) -> List [OSError, MemoryError] collect;
    OS_PATH_DIRNAME "os::os_path_dirname_rpy" (Tid, Str) -> Str [MemoryError] collect;
    OS_PATH_BASENAME "os::os_path_basename_rpy" (Tid, Str) -> Str [MemoryError] collect;
    OS_PATH_JOIN "os::os_path_join_rpy" (Tid, Str, Str) -> Str [MemoryError] collect;
    OS_PATH_ABSPATH "os::os_path_abspath_rpy" (Tid, Str) -> Str [OSError, MemoryError] collect;
    OS_MKDIR "os::os_mkdir_rpy" (Str, Signed) -> Void [OSError] _;
    OS_RMDIR "os::os_rmdir_rpy" (Str) -> Void [OSError] _;
    // gc: weak references, light finalizers, rgc (rtyper/src/rweakref.rs)
    WEAKREF_NEW "gc::weakref_new" (Tid, GcPtr) -> GcPtr [MemoryError] collect;
    REGISTER_DESTRUCTOR "gc::register_destructor" (GcPtr) -> Void [] _;
    GC_COLLECT "gc::collect" () -> Void [] collect;
    FQ_REGISTER "gc::fq_register" (GcPtr, GcPtr) -> Void [] _;
    FQ_NEXT_DEAD "gc::fq_next_dead" (GcPtr) -> GcPtr [] _;
}
