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

/// The type of a helper parameter or result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HType {
    Void,
    Bool,
    Signed,
    Unsigned,
    Float,
    UniChar,
    /// A `str`/`bytes` pointer.
    Str,
    /// Any GC pointer (lists, dicts, instances).
    GcPtr,
}

/// A function of the runtime crate that low-level graphs call with
/// `call_helper`.
#[derive(Debug)]
pub struct HelperDesc {
    /// The name in the runtime's helper registry.
    pub name: &'static str,
    /// The Rust path, relative to the runtime crate (`string::str_concat`).
    pub path: &'static str,
    pub params: &'static [HType],
    pub result: HType,
    pub raises: &'static [Exc],
    pub can_collect: bool,
}

macro_rules! helpers {
    ($($ident:ident $name:literal $path:literal ($($p:ident),*) -> $r:ident [$($exc:ident),*] $collect:tt;)*) => {
        $(pub static $ident: HelperDesc = HelperDesc {
            name: $name,
            path: $path,
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

helpers! {
    STR_CONCAT "str_concat" "string::str_concat" (Str, Str) -> Str [MemoryError] collect;
    STR_EQ "str_eq" "string::str_eq" (Str, Str) -> Bool [] _;
    STR_CMP "str_cmp" "string::str_cmp" (Str, Str) -> Signed [] _;
    STR_HASH "str_hash" "string::str_hash" (Str) -> Signed [] _;
    STR_SLICE "str_slice" "string::str_slice" (Str, Signed, Signed) -> Str [MemoryError] collect;
    STR_GETITEM "str_getitem" "string::str_getitem" (Str, Signed) -> UniChar [] _;
    STR_FROM_CHAR "str_from_char" "string::str_from_char" (UniChar) -> Str [MemoryError] collect;
    STR_MUL "str_mul" "string::str_mul" (Str, Signed) -> Str [MemoryError] collect;
    STR_CONTAINS "str_contains" "string::str_contains" (Str, Str) -> Bool [] _;
    INT_TO_STR "int_to_str" "string::int_to_str" (Signed) -> Str [MemoryError] collect;
    UINT_TO_STR "uint_to_str" "string::uint_to_str" (Unsigned) -> Str [MemoryError] collect;
    FLOAT_REPR "float_repr" "string::float_repr" (Float) -> Str [MemoryError] collect;
    STR_TO_INT "str_to_int" "string::str_to_int" (Str, Signed) -> Signed [ValueError] _;
    STR_TO_FLOAT "str_to_float" "string::str_to_float" (Str) -> Float [ValueError] _;
    STR_REPR "str_repr" "string::str_repr" (Str) -> Str [MemoryError] collect;
    BOOL_TO_STR "bool_to_str" "string::bool_to_str" (Bool) -> Str [] _;
    OS_WRITE "os_write" "io::os_write_str" (Signed, Str) -> Signed [OSError] _;
    PRINT_STR "print_str" "io::print_str" (Str) -> Void [] _;
    PRINT_NEWLINE "print_newline" "io::print_newline" () -> Void [] _;
    PRINT_SPACE "print_space" "io::print_space" () -> Void [] _;
    LIST_RESIZE "list_resize" "list::list_resize" (GcPtr, Signed, Signed) -> GcPtr [MemoryError] collect;
}
