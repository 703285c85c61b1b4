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
    STR_MUL "string::str_mul" (Str, Signed) -> Str [MemoryError] collect;
    STR_CONTAINS "string::str_contains" (Str, Str) -> Bool [] _;
    INT_TO_STR "string::int_to_str" (Tid, Signed) -> Str [MemoryError] collect;
    UINT_TO_STR "string::uint_to_str" (Tid, Unsigned) -> Str [MemoryError] collect;
    BOOL_TO_STR "string::bool_to_str" (Tid, Bool) -> Str [MemoryError] collect;
    FLOAT_REPR "string::float_repr" (Tid, Float) -> Str [MemoryError] collect;
    STR_TO_INT "string::str_to_int" (Str, Signed) -> Signed [ValueError] _;
    STR_TO_FLOAT "string::str_to_float" (Str) -> Float [ValueError] _;
    STR_REPR "string::str_repr" (Str) -> Str [MemoryError] collect;
    // lists, tuples, builtins, math, rbigint
    LIST_RESIZE "list::list_resize" (List, Signed, Tid) -> List [MemoryError] collect;
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
    // I/O, os, time, files
    OS_WRITE "io::os_write_rpy" (Signed, Str) -> Signed [OSError] _;
    PRINT_STR "io::print_str" (Str) -> Void [] _;
    PRINT_NEWLINE "io::print_newline" () -> Void [] _;
    PRINT_SPACE "io::print_space" () -> Void [] _;
}
