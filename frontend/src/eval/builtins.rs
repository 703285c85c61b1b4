//! Builtin classes, exceptions and functions, and the native modules the
//! translator implements itself (`os`, `sys`, `math`, `time` and the
//! `rpython.rlib` API, recognised by identity so users can alias them).
//!
//! Every native function is one row of [`BUILTIN_FUNCS`]; its import-time
//! behaviour is in [`call_builtin`]. Functions that only make sense at run
//! time (`os.write`, `StringBuilder`...) raise a clear error when called at
//! import time.

use std::rc::Rc;

use flowgraph::{Constant, IntKind, ObjRef, Span};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{format, ops, Interp, R};
use crate::diag::Diagnostic;
use crate::heap::{
    BuiltinDesc, BuiltinType, Class, ClassKind, Dict, JitDriverDesc, Known, Module, Namespace,
    Native, Object,
};

const fn b(module: &'static str, name: &'static str, foldable: bool) -> BuiltinDesc {
    BuiltinDesc {
        module,
        name,
        foldable,
    }
}

/// Every native function: (module, name, foldable at flow time).
pub static BUILTIN_FUNCS: &[BuiltinDesc] = &[
    b("builtins", "print", false),
    b("builtins", "len", true),
    b("builtins", "isinstance", true),
    b("builtins", "issubclass", true),
    b("builtins", "getattr", false),
    b("builtins", "setattr", false),
    b("builtins", "hasattr", false),
    b("builtins", "delattr", false),
    b("builtins", "abs", true),
    b("builtins", "min", true),
    b("builtins", "max", true),
    b("builtins", "sum", true),
    b("builtins", "sorted", false),
    b("builtins", "reversed", false),
    b("builtins", "enumerate", false),
    b("builtins", "zip", false),
    b("builtins", "map", false),
    b("builtins", "filter", false),
    b("builtins", "any", true),
    b("builtins", "all", true),
    b("builtins", "chr", true),
    b("builtins", "ord", true),
    b("builtins", "hex", true),
    b("builtins", "oct", true),
    b("builtins", "bin", true),
    b("builtins", "repr", true),
    b("builtins", "callable", true),
    b("builtins", "iter", false),
    b("builtins", "next", false),
    b("builtins", "divmod", true),
    b("builtins", "round", true),
    b("builtins", "pow", true),
    b("builtins", "hash", false),
    b("builtins", "id", false),
    b("builtins", "super", false),
    b("builtins", "exec", false),
    b("builtins", "eval", false),
    b("builtins", "open", false),
    b("builtins", "input", false),
    b("builtins", "format", true),
    b("builtins", "vars", false),
    b("builtins", "globals", false),
    b("builtins", "locals", false),
    b("builtins", "staticmethod", false),
    b("builtins", "classmethod", false),
    b("builtins", "property", false),
    b("builtins", "__import__", false),
    // sys
    b("sys", "exit", false),
    b("sys", "setrecursionlimit", false),
    b("sys", "getrecursionlimit", false),
    // os
    b("os", "write", false),
    b("os", "read", false),
    b("os", "open", false),
    b("os", "close", false),
    b("os", "lseek", false),
    b("os", "getcwd", false),
    b("os", "getenv", false),
    b("os", "listdir", false),
    b("os", "unlink", false),
    b("os", "mkdir", false),
    b("os", "rmdir", false),
    b("os", "isatty", false),
    b("os", "getpid", false),
    b("os.path", "join", true),
    b("os.path", "exists", false),
    b("os.path", "isfile", false),
    b("os.path", "isdir", false),
    b("os.path", "dirname", true),
    b("os.path", "basename", true),
    b("os.path", "abspath", false),
    // time
    b("time", "time", false),
    b("time", "perf_counter", false),
    b("time", "monotonic", false),
    b("time", "process_time", false),
    b("time", "sleep", false),
    // math
    b("math", "sqrt", true),
    b("math", "floor", true),
    b("math", "ceil", true),
    b("math", "trunc", true),
    b("math", "fabs", true),
    b("math", "exp", true),
    b("math", "log", true),
    b("math", "log10", true),
    b("math", "log2", true),
    b("math", "pow", true),
    b("math", "sin", true),
    b("math", "cos", true),
    b("math", "tan", true),
    b("math", "asin", true),
    b("math", "acos", true),
    b("math", "atan", true),
    b("math", "atan2", true),
    b("math", "sinh", true),
    b("math", "cosh", true),
    b("math", "tanh", true),
    b("math", "hypot", true),
    b("math", "fmod", true),
    b("math", "modf", true),
    b("math", "frexp", true),
    b("math", "ldexp", true),
    b("math", "isinf", true),
    b("math", "isnan", true),
    b("math", "isfinite", true),
    b("math", "copysign", true),
    b("math", "degrees", true),
    b("math", "radians", true),
    b("math", "gcd", true),
    // rpython.rlib.jit
    b("rpython.rlib.jit", "JitDriver", false),
    b("rpython.rlib.jit", "promote", false),
    b("rpython.rlib.jit", "promote_string", false),
    b("rpython.rlib.jit", "elidable", false),
    b("rpython.rlib.jit", "elidable_promote", false),
    b("rpython.rlib.jit", "dont_look_inside", false),
    b("rpython.rlib.jit", "look_inside", false),
    b("rpython.rlib.jit", "unroll_safe", false),
    b("rpython.rlib.jit", "look_inside_iff", false),
    b("rpython.rlib.jit", "loop_invariant", false),
    b("rpython.rlib.jit", "oopspec", false),
    b("rpython.rlib.jit", "not_in_trace", false),
    b("rpython.rlib.jit", "we_are_jitted", false),
    b("rpython.rlib.jit", "hint", false),
    b("rpython.rlib.jit", "set_param", false),
    b("rpython.rlib.jit", "set_user_param", false),
    b("rpython.rlib.jit", "record_exact_class", false),
    b("rpython.rlib.jit", "isconstant", false),
    b("rpython.rlib.jit", "isvirtual", false),
    b("rpython.rlib.jit", "assert_green", false),
    b("rpython.rlib.jit", "jit_debug", false),
    b("rpython.rlib.jit", "current_trace_length", false),
    // rpython.rlib.rarithmetic
    b("rpython.rlib.rarithmetic", "intmask", true),
    b("rpython.rlib.rarithmetic", "ovfcheck", false),
    b("rpython.rlib.rarithmetic", "widen", true),
    b("rpython.rlib.rarithmetic", "is_valid_int", true),
    b("rpython.rlib.rarithmetic", "int_between", true),
    b("rpython.rlib.rarithmetic", "longlongmask", true),
    // rpython.rlib.objectmodel
    b("rpython.rlib.objectmodel", "we_are_translated", false),
    b("rpython.rlib.objectmodel", "enforceargs", false),
    b("rpython.rlib.objectmodel", "always_inline", false),
    b("rpython.rlib.objectmodel", "dont_inline", false),
    b("rpython.rlib.objectmodel", "try_inline", false),
    b("rpython.rlib.objectmodel", "not_rpython", false),
    b("rpython.rlib.objectmodel", "compute_hash", false),
    b("rpython.rlib.objectmodel", "compute_identity_hash", false),
    b("rpython.rlib.objectmodel", "compute_unique_id", false),
    b(
        "rpython.rlib.objectmodel",
        "current_object_addr_as_int",
        false,
    ),
    b("rpython.rlib.objectmodel", "r_dict", false),
    b("rpython.rlib.objectmodel", "instantiate", false),
    b("rpython.rlib.objectmodel", "import_from_mixin", false),
    b("rpython.rlib.objectmodel", "newlist_hint", false),
    b("rpython.rlib.objectmodel", "resizelist_hint", false),
    b("rpython.rlib.objectmodel", "keepalive_until_here", false),
    b("rpython.rlib.objectmodel", "likely", false),
    b("rpython.rlib.objectmodel", "unlikely", false),
    b("rpython.rlib.objectmodel", "fetch_translated_config", false),
    b("rpython.rlib.objectmodel", "specialize.memo", false),
    b("rpython.rlib.objectmodel", "specialize.arg", false),
    b("rpython.rlib.objectmodel", "specialize.argtype", false),
    b(
        "rpython.rlib.objectmodel",
        "specialize.call_location",
        false,
    ),
    b(
        "rpython.rlib.objectmodel",
        "specialize.arglistitemtype",
        false,
    ),
    b("rpython.rlib.objectmodel", "specialize.ll", false),
    b("rpython.rlib.objectmodel", "specialize.ll_and_arg", false),
    // rpython.rlib.rstring
    b("rpython.rlib.rstring", "StringBuilder", false),
    b("rpython.rlib.rstring", "UnicodeBuilder", false),
    b("rpython.rlib.rstring", "ByteStringBuilder", false),
    b("rpython.rlib.rstring", "split", false),
    b("rpython.rlib.rstring", "rsplit", false),
    b("rpython.rlib.rstring", "replace", false),
    b("rpython.rlib.rstring", "startswith", false),
    b("rpython.rlib.rstring", "endswith", false),
    // rpython.rlib.unroll
    b("rpython.rlib.unroll", "unrolling_iterable", false),
    // rpython.rlib.debug
    b("rpython.rlib.debug", "make_sure_not_resized", false),
    b("rpython.rlib.debug", "make_sure_not_modified", false),
    b("rpython.rlib.debug", "check_nonneg", false),
    b("rpython.rlib.debug", "check_list_of_chars", false),
    b("rpython.rlib.debug", "check_annotation", false),
    b("rpython.rlib.debug", "debug_print", false),
    b("rpython.rlib.debug", "debug_start", false),
    b("rpython.rlib.debug", "debug_stop", false),
    b("rpython.rlib.debug", "debug_flush", false),
    b("rpython.rlib.debug", "have_debug_prints", false),
    b("rpython.rlib.debug", "ll_assert", false),
    b("rpython.rlib.debug", "fatalerror", false),
    b("rpython.rlib.debug", "attach_gdb", false),
    // weakref, rpython.rlib.rgc
    b("weakref", "ref", false),
    b("rpython.rlib.rgc", "collect", false),
    // rpython.rlib.rfile / streamio
    b("rpython.rlib.rfile", "create_stdio", false),
    b("rpython.rlib.rfile", "create_file", false),
    b("rpython.rlib.streamio", "open_file_as_stream", false),
    b("rpython.rlib.streamio", "fdopen_as_stream", false),
    // rpython.rlib.rbigint
    b("rpython.rlib.rbigint", "rbigint.fromint", false),
    b("rpython.rlib.rbigint", "rbigint.fromstr", false),
    b("rpython.rlib.rbigint", "rbigint.fromfloat", false),
    b("rpython.rlib.rbigint", "rbigint.frombool", false),
    b("rpython.rlib.rbigint", "rbigint.fromdecimalstr", false),
    // rpython.rlib.rfloat
    b("rpython.rlib.rfloat", "formatd", false),
    b("rpython.rlib.rfloat", "double_to_string", false),
    b("rpython.rlib.rfloat", "string_to_float", false),
    b("rpython.rlib.rfloat", "round_double", false),
    b("rpython.rlib.rfloat", "round_away", false),
    b("rpython.rlib.rfloat", "isinf", true),
    b("rpython.rlib.rfloat", "isnan", true),
    b("rpython.rlib.rfloat", "isfinite", true),
    b("rpython.rlib.rfloat", "copysign", true),
];

/// Native functions created on first use rather than at bootstrap (so that
/// the numbering of the heap's objects, which graphs show, does not change
/// for programs that never use them): the `__init__` of the builtin classes,
/// reached as `object.__init__`, `Exception.__init__` or
/// `super().__init__` (see [`type_attr`]).
pub static LAZY_BUILTIN_FUNCS: &[BuiltinDesc] = &[
    b("builtins", "object.__init__", false),
    b("builtins", "BaseException.__init__", false),
];

/// The builtin exception hierarchy: (name, base).
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", "object"),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("FloatingPointError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("PermissionError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("InterruptedError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
];

const BUILTIN_TYPES: &[(&str, BuiltinType)] = &[
    ("object", BuiltinType::Object),
    ("type", BuiltinType::Type),
    ("NoneType", BuiltinType::NoneType),
    ("int", BuiltinType::Int),
    ("bool", BuiltinType::Bool),
    ("float", BuiltinType::Float),
    ("str", BuiltinType::Str),
    ("bytes", BuiltinType::Bytes),
    ("list", BuiltinType::List),
    ("tuple", BuiltinType::Tuple),
    ("dict", BuiltinType::Dict),
    ("set", BuiltinType::Set),
    ("frozenset", BuiltinType::FrozenSet),
    ("range", BuiltinType::Range),
    ("slice", BuiltinType::Slice),
    ("function", BuiltinType::Function),
    ("module", BuiltinType::Module),
    ("r_uint", BuiltinType::SizedInt(IntKind::Unsigned)),
    ("r_longlong", BuiltinType::SizedInt(IntKind::LongLong)),
    ("r_ulonglong", BuiltinType::SizedInt(IntKind::ULongLong)),
    ("r_int32", BuiltinType::SizedInt(IntKind::Int32)),
    ("r_uint32", BuiltinType::SizedInt(IntKind::UInt32)),
    ("r_int16", BuiltinType::SizedInt(IntKind::Int16)),
    ("r_uint16", BuiltinType::SizedInt(IntKind::UInt16)),
    ("r_int8", BuiltinType::SizedInt(IntKind::Int8)),
    ("r_uint8", BuiltinType::SizedInt(IntKind::UInt8)),
];

/// Names of the native modules.
pub const NATIVE_MODULES: &[&str] = &[
    "builtins",
    "sys",
    "os",
    "os.path",
    "math",
    "time",
    "__future__",
    "rpython",
    "rpython.rlib",
    "rpython.rlib.jit",
    "rpython.rlib.rarithmetic",
    "rpython.rlib.objectmodel",
    "rpython.rlib.rstring",
    "rpython.rlib.unroll",
    "rpython.rlib.debug",
    "rpython.rlib.rfile",
    "rpython.rlib.streamio",
    "rpython.rlib.rbigint",
    "rpython.rlib.rfloat",
    "weakref",
    "rpython.rlib.rweakref",
    "rpython.rlib.rgc",
];

fn new_class(interp: &mut Interp, name: &str, bases: Vec<ObjRef>, kind: ClassKind) -> ObjRef {
    let r = interp.heap.alloc(Object::Class(Class {
        name: name.into(),
        qualname: name.into(),
        module_name: "builtins".into(),
        bases: bases.clone(),
        mro: Vec::new(),
        dict: Namespace::new(),
        span: None,
        kind,
    }));
    let mut mro = vec![r];
    if let Some(b) = bases.first() {
        mro.extend(interp.heap.as_class(*b).expect("base").mro.clone());
    }
    if let Object::Class(c) = interp.heap.get_mut(r) {
        c.mro = mro;
    }
    r
}

fn new_module(interp: &mut Interp, name: &str) -> ObjRef {
    let mut dict = Namespace::new();
    dict.insert("__name__".into(), Constant::Str(name.into()));
    let r = interp.heap.alloc(Object::Module(Module {
        name: name.into(),
        dict,
        file: None,
        native: true,
    }));
    interp.modules.insert(name.into(), r);
    r
}

/// Creates the builtin types, exceptions and native modules.
pub(crate) fn bootstrap(interp: &mut Interp) {
    let builtins_module = new_module(interp, "builtins");
    let object = new_class(
        interp,
        "object",
        vec![],
        ClassKind::Builtin(BuiltinType::Object),
    );
    let mut types = vec![(BuiltinType::Object, object)];
    for (name, t) in &BUILTIN_TYPES[1..] {
        let base = if *t == BuiltinType::Bool {
            types[3].1
        } else {
            object
        };
        let c = new_class(interp, name, vec![base], ClassKind::Builtin(*t));
        types.push((*t, c));
    }
    let mut exc_refs: Vec<(&str, ObjRef)> = vec![("object", object)];
    for (name, base) in EXCEPTIONS {
        let base = exc_refs
            .iter()
            .find(|(n, _)| n == base)
            .expect("base defined first")
            .1;
        let c = new_class(interp, name, vec![base], ClassKind::Exception);
        exc_refs.push((name, c));
    }
    let type_ = types[1].1;
    let base_exception = exc_refs[1].1;
    interp.heap.known = Some(Known {
        builtins_module,
        object,
        type_,
        base_exception,
        types: types.clone(),
    });

    let mut dict_entries: Vec<(String, Constant)> = Vec::new();
    for (name, t) in BUILTIN_TYPES {
        if !matches!(
            t,
            BuiltinType::SizedInt(_)
                | BuiltinType::NoneType
                | BuiltinType::Function
                | BuiltinType::Module
        ) {
            dict_entries.push((
                name.to_string(),
                Constant::Obj(interp.heap.builtin_type(*t)),
            ));
        }
    }
    for (name, r) in &exc_refs[1..] {
        dict_entries.push((name.to_string(), Constant::Obj(*r)));
    }
    for alias in ["IOError", "EnvironmentError"] {
        dict_entries.push((
            alias.into(),
            Constant::Obj(exc_refs.iter().find(|(n, _)| *n == "OSError").unwrap().1),
        ));
    }
    let ellipsis = interp.heap.alloc(Object::Tuple(vec![]));
    dict_entries.push(("Ellipsis".into(), Constant::Obj(ellipsis)));
    dict_entries.push((
        "NotImplemented".into(),
        Constant::Obj(interp.heap.alloc(Object::Tuple(vec![]))),
    ));
    dict_entries.push(("__debug__".into(), Constant::Bool(true)));
    for (k, v) in dict_entries {
        interp.module_dict_mut(builtins_module).insert(k.into(), v);
    }

    for name in &NATIVE_MODULES[1..] {
        new_module(interp, name);
    }
    for desc in BUILTIN_FUNCS {
        let r = interp.register_builtin(desc);
        // `specialize.memo` etc. are reached through the `specialize` object.
        if desc.name.contains('.') {
            continue;
        }
        let m = interp.modules[desc.module];
        interp
            .module_dict_mut(m)
            .insert(desc.name.into(), Constant::Obj(r));
    }
    let set = |interp: &mut Interp, module: &str, name: &str, v: Constant| {
        let m = interp.modules[module];
        interp.module_dict_mut(m).insert(name.into(), v);
    };
    // Submodules as attributes of their parents.
    for name in NATIVE_MODULES {
        if let Some((parent, child)) = name.rsplit_once('.') {
            let m = Constant::Obj(interp.modules[*name]);
            set(interp, parent, child, m);
        }
    }
    for (name, t) in BUILTIN_TYPES {
        if let BuiltinType::SizedInt(_) = t {
            let c = Constant::Obj(interp.heap.builtin_type(*t));
            set(interp, "rpython.rlib.rarithmetic", name, c);
        }
    }
    let int_cls = Constant::Obj(interp.heap.builtin_type(BuiltinType::Int));
    set(interp, "rpython.rlib.rarithmetic", "r_int", int_cls);
    set(
        interp,
        "rpython.rlib.rarithmetic",
        "LONG_BIT",
        Constant::Int(64),
    );
    set(
        interp,
        "rpython.rlib.rarithmetic",
        "maxint",
        Constant::Int(i64::MAX),
    );
    // `rgc.FinalizerQueue`: a class programs subclass; its methods
    // `register_finalizer` and `next_dead` are known to the annotator.
    let fq = new_class(interp, "FinalizerQueue", vec![object], ClassKind::User);
    if let Object::Class(c) = interp.heap.get_mut(fq) {
        c.module_name = "rpython.rlib.rgc".into();
        c.qualname = "FinalizerQueue".into();
    }
    set(
        interp,
        "rpython.rlib.rgc",
        "FinalizerQueue",
        Constant::Obj(fq),
    );
    let dead_ref = interp.heap.alloc(Object::Native(Native::WeakRef(None)));
    set(
        interp,
        "rpython.rlib.rweakref",
        "dead_ref",
        Constant::Obj(dead_ref),
    );
    let spec = interp.heap.alloc(Object::Native(Native::Specialize));
    set(
        interp,
        "rpython.rlib.objectmodel",
        "specialize",
        Constant::Obj(spec),
    );
    set(interp, "sys", "maxsize", Constant::Int(i64::MAX));
    set(interp, "sys", "byteorder", Constant::Str("little".into()));
    set(interp, "sys", "platform", Constant::Str("linux".into()));
    let vi = interp
        .heap
        .tuple(vec![Constant::Int(3), Constant::Int(11), Constant::Int(0)]);
    set(interp, "sys", "version_info", vi);
    let argv = interp.heap.list(vec![]);
    set(interp, "sys", "argv", argv);
    for (name, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        set(interp, "math", name, Constant::Float(v));
    }
    for (name, v) in [("INFINITY", f64::INFINITY), ("NAN", f64::NAN)] {
        set(interp, "rpython.rlib.rfloat", name, Constant::Float(v));
    }
    for (name, v) in [("DTSF_SIGN", 1), ("DTSF_ADD_DOT_0", 2), ("DTSF_ALT", 4)] {
        set(interp, "rpython.rlib.rfloat", name, Constant::Int(v));
    }
    for (name, v) in [
        ("O_RDONLY", 0),
        ("O_WRONLY", 1),
        ("O_RDWR", 2),
        ("O_CREAT", 0o100),
        ("O_EXCL", 0o200),
        ("O_TRUNC", 0o1000),
        ("O_APPEND", 0o2000),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
    ] {
        set(interp, "os", name, Constant::Int(v));
    }
    set(interp, "os", "sep", Constant::Str("/".into()));
    let environ = interp.heap.alloc(Object::Native(Native::Environ));
    set(interp, "os", "environ", Constant::Obj(environ));
    // `rbigint` is a namespace of constructors.
    let rbigint_ns = new_module(interp, "rpython.rlib.rbigint.rbigint");
    for desc in BUILTIN_FUNCS
        .iter()
        .filter(|d| d.name.starts_with("rbigint."))
    {
        let r = interp.builtin(desc.module, desc.name);
        interp
            .module_dict_mut(rbigint_ns)
            .insert(desc.name["rbigint.".len()..].into(), Constant::Obj(r));
    }
    set(
        interp,
        "rpython.rlib.rbigint",
        "rbigint",
        Constant::Obj(rbigint_ns),
    );
}

/// A string argument, or a TypeError.
fn arg_str(interp: &mut Interp, v: &Constant, what: &str, span: Span) -> R<Rc<str>> {
    match v {
        Constant::Str(s) => Ok(s.clone()),
        _ => Err(interp.raise("TypeError", format!("{what} must be a string"), span)),
    }
}

fn arg_int(interp: &mut Interp, v: &Constant, span: Span) -> R<i64> {
    ops::const_to_bigint(v)
        .and_then(|b| b.to_i64())
        .ok_or_else(|| interp.raise("TypeError", "an integer is required", span))
}

fn arg_float(interp: &mut Interp, v: &Constant, span: Span) -> R<f64> {
    ops::const_to_f64(v).ok_or_else(|| interp.raise("TypeError", "must be real number", span))
}

fn expect_args(
    interp: &mut Interp,
    name: &str,
    args: &[Constant],
    min: usize,
    max: usize,
    span: Span,
) -> R<()> {
    if args.len() < min || args.len() > max {
        let msg = if min == max {
            format!(
                "{name}() takes exactly {min} argument(s) ({} given)",
                args.len()
            )
        } else {
            format!(
                "{name}() takes {min} to {max} arguments ({} given)",
                args.len()
            )
        };
        return Err(interp.raise("TypeError", msg, span));
    }
    Ok(())
}

/// A decorator that tags a function with `attr = value`.
fn tag(interp: &mut Interp, attr: &str, value: Constant) -> Constant {
    Constant::Obj(interp.heap.alloc(Object::Native(Native::TagDecorator {
        attr: attr.into(),
        value,
    })))
}

/// Calls a native function at import time (or at flow time for foldable
/// ones).
pub fn call_builtin(
    interp: &mut Interp,
    desc: &'static BuiltinDesc,
    args: Vec<Constant>,
    kwargs: Vec<(Rc<str>, Constant)>,
    span: Span,
) -> R<Constant> {
    let name = desc.name;
    let kw = |key: &str| {
        kwargs
            .iter()
            .find(|(k, _)| &**k == key)
            .map(|(_, v)| v.clone())
    };
    if let Some(result) = super::importfs::call(interp, desc.module, name, &args, &kwargs, span) {
        return result;
    }
    match (desc.module, name) {
        ("builtins", "len") => {
            expect_args(interp, name, &args, 1, 1, span)?;
            let n = match &args[0] {
                Constant::Str(s) => s.chars().count(),
                Constant::Bytes(b) => b.len(),
                Constant::Obj(r) => match interp.heap.get(*r) {
                    Object::List(l) | Object::Tuple(l) => l.len(),
                    Object::Dict(d) | Object::Set(d) => d.entries.len(),
                    Object::Range { start, stop, step } => {
                        ops::range_len(*start, *stop, *step) as usize
                    }
                    Object::Native(Native::Unrolling(items)) => items.len(),
                    Object::Instance(_) => {
                        return match interp.call_special(&args[0], "__len__", vec![], span)? {
                            Some(v) => Ok(v),
                            None => Err(interp.raise("TypeError", "object has no len()", span)),
                        }
                    }
                    _ => return Err(interp.raise("TypeError", "object has no len()", span)),
                },
                other => {
                    let t = interp.type_name(other);
                    return Err(interp.raise(
                        "TypeError",
                        format!("object of type '{t}' has no len()"),
                        span,
                    ));
                }
            };
            Ok(Constant::Int(n as i64))
        }
        ("builtins", "isinstance") | ("builtins", "issubclass") => {
            expect_args(interp, name, &args, 2, 2, span)?;
            let cls = if name == "isinstance" {
                interp.heap.type_of(&args[0])
            } else {
                match &args[0] {
                    Constant::Obj(r) if interp.heap.as_class(*r).is_some() => *r,
                    _ => {
                        return Err(interp.raise(
                            "TypeError",
                            "issubclass() arg 1 must be a class",
                            span,
                        ))
                    }
                }
            };
            Ok(Constant::Bool(class_matches(
                interp,
                cls,
                &args[0],
                &args[1],
                name == "isinstance",
            )))
        }
        ("builtins", "getattr") => {
            expect_args(interp, name, &args, 2, 3, span)?;
            let attr = arg_str(interp, &args[1], "attribute name", span)?;
            match interp.try_get_attr(&args[0], &attr, span)? {
                Some(v) => Ok(v),
                None if args.len() == 3 => Ok(args[2].clone()),
                None => interp.get_attr(&args[0], &attr, span),
            }
        }
        ("builtins", "hasattr") => {
            expect_args(interp, name, &args, 2, 2, span)?;
            let attr = arg_str(interp, &args[1], "attribute name", span)?;
            Ok(Constant::Bool(
                interp.try_get_attr(&args[0], &attr, span)?.is_some(),
            ))
        }
        ("builtins", "setattr") => {
            expect_args(interp, name, &args, 3, 3, span)?;
            let attr = arg_str(interp, &args[1], "attribute name", span)?;
            interp.set_attr(&args[0], &attr, args[2].clone(), span)?;
            Ok(Constant::None)
        }
        ("builtins", "delattr") => {
            expect_args(interp, name, &args, 2, 2, span)?;
            let attr = arg_str(interp, &args[1], "attribute name", span)?;
            interp.del_attr(&args[0], &attr, span)?;
            Ok(Constant::None)
        }
        ("builtins", "abs") => {
            expect_args(interp, name, &args, 1, 1, span)?;
            ops::unary(&interp.heap, flowgraph::OpName::Abs, &args[0])
                .map_err(|e| interp.op_error(e, span))
        }
        ("builtins", "min") | ("builtins", "max") => {
            let items = if args.len() == 1 {
                interp.iterate(&args[0], span)?
            } else {
                args.clone()
            };
            let key = kw("key");
            if items.is_empty() {
                return match kw("default") {
                    Some(d) => Ok(d),
                    None => Err(interp.raise(
                        "ValueError",
                        format!("{name}() arg is an empty sequence"),
                        span,
                    )),
                };
            }
            let mut best = items[0].clone();
            let mut best_key = match &key {
                Some(k) => interp.call(k, vec![best.clone()], vec![], span)?,
                None => best.clone(),
            };
            for item in &items[1..] {
                let k = match &key {
                    Some(kf) => interp.call(kf, vec![item.clone()], vec![], span)?,
                    None => item.clone(),
                };
                let op = if name == "min" {
                    flowgraph::OpName::Lt
                } else {
                    flowgraph::OpName::Gt
                };
                let better = match ops::compare(&interp.heap, op, &k, &best_key) {
                    Ok(b) => b == Constant::Bool(true),
                    Err(e) => return Err(interp.op_error(e, span)),
                };
                if better {
                    best = item.clone();
                    best_key = k;
                }
            }
            Ok(best)
        }
        ("builtins", "sum") => {
            expect_args(interp, name, &args, 1, 2, span)?;
            let mut acc = args.get(1).cloned().unwrap_or(Constant::Int(0));
            for item in interp.iterate(&args[0], span)? {
                acc = interp.binary_op(flowgraph::OpName::Add, &acc, &item, span)?;
            }
            Ok(acc)
        }
        ("builtins", "any") | ("builtins", "all") => {
            expect_args(interp, name, &args, 1, 1, span)?;
            let want = name == "any";
            for item in interp.iterate(&args[0], span)? {
                if interp.truth(&item, span)? == want {
                    return Ok(Constant::Bool(want));
                }
            }
            Ok(Constant::Bool(!want))
        }
        ("builtins", "sorted") => {
            expect_args(interp, name, &args, 1, 1, span)?;
            let items = interp.iterate(&args[0], span)?;
            let l = interp.heap.list(items);
            super::methods::call_method(interp, &l, "sort", vec![], kwargs, span)?;
            Ok(l)
        }
        ("builtins", "reversed") => {
            expect_args(interp, name, &args, 1, 1, span)?;
            let mut items = interp.iterate(&args[0], span)?;
            items.reverse();
            Ok(interp.heap.list(items))
        }
        ("builtins", "enumerate") => {
            expect_args(interp, name, &args, 1, 2, span)?;
            let start = match args.get(1).or(kw("start").as_ref()) {
                Some(s) => arg_int(interp, s, span)?,
                None => 0,
            };
            let items = interp.iterate(&args[0], span)?;
            let out = items
                .into_iter()
                .enumerate()
                .map(|(i, v)| interp.heap.tuple(vec![Constant::Int(start + i as i64), v]))
                .collect();
            Ok(interp.heap.list(out))
        }
        ("builtins", "zip") => {
            let mut seqs = Vec::new();
            for a in &args {
                seqs.push(interp.iterate(a, span)?);
            }
            let n = seqs.iter().map(|s| s.len()).min().unwrap_or(0);
            let out = (0..n)
                .map(|i| {
                    interp
                        .heap
                        .tuple(seqs.iter().map(|s| s[i].clone()).collect())
                })
                .collect();
            Ok(interp.heap.list(out))
        }
        ("builtins", "map") => {
            expect_args(interp, name, &args, 2, 2, span)?;
            let mut out = Vec::new();
            for item in interp.iterate(&args[1], span)? {
                out.push(interp.call(&args[0], vec![item], vec![], span)?);
            }
            Ok(interp.heap.list(out))
        }
        ("builtins", "filter") => {
            expect_args(interp, name, &args, 2, 2, span)?;
            let mut out = Vec::new();
            for item in interp.iterate(&args[1], span)? {
                let keep = if args[0] == Constant::None {
                    item.clone()
                } else {
                    interp.call(&args[0], vec![item.clone()], vec![], span)?
                };
                if interp.truth(&keep, span)? {
                    out.push(item);
                }
            }
            Ok(interp.heap.list(out))
        }
        ("builtins", "chr") => {
            expect_args(interp, name, &args, 1, 1, span)?;
            let i = arg_int(interp, &args[0], span)?;
            match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(c) => Ok(Constant::Str(c.to_string().into())),
                None => Err(interp.raise("ValueError", "chr() arg not in range(0x110000)", span)),
            }
        }
        ("builtins", "ord") => {
            expect_args(interp, name, &args, 1, 1, span)?;
            match &args[0] {
                Constant::Str(s) if s.chars().count() == 1 => {
                    Ok(Constant::Int(s.chars().next().unwrap() as i64))
                }
                Constant::Bytes(b) if b.len() == 1 => Ok(Constant::Int(b[0] as i64)),
                _ => Err(interp.raise("TypeError", "ord() expected a character", span)),
            }
        }
        ("builtins", "hex") | ("builtins", "oct") | ("builtins", "bin") => {
            expect_args(interp, name, &args, 1, 1, span)?;
            let n = ops::const_to_bigint(&args[0])
                .ok_or_else(|| interp.raise("TypeError", "an integer is required", span))?;
            let (radix, prefix) = match name {
                "hex" => (16, "0x"),
                "oct" => (8, "0o"),
                _ => (2, "0b"),
            };
            let sign = if n.is_negative() { "-" } else { "" };
            Ok(Constant::Str(
                format!("{sign}{prefix}{}", n.abs().to_str_radix(radix)).into(),
            ))
        }
        ("builtins", "repr") => {
            expect_args(interp, name, &args, 1, 1, span)?;
            Ok(Constant::Str(interp.repr_of(&args[0], span)?.into()))
        }
        ("builtins", "format") => {
            expect_args(interp, name, &args, 1, 2, span)?;
            let spec = match args.get(1) {
                Some(s) => arg_str(interp, s, "format spec", span)?,
                None => "".into(),
            };
            Ok(Constant::Str(
                interp.format_value(&args[0], &spec, span)?.into(),
            ))
        }
        ("builtins", "callable") => {
            expect_args(interp, name, &args, 1, 1, span)?;
            let c = match &args[0] {
                Constant::Obj(r) => match interp.heap.get(*r) {
                    Object::Function(_)
                    | Object::Class(_)
                    | Object::BoundMethod { .. }
                    | Object::Builtin(_) => true,
                    Object::BuiltinMethod { .. } | Object::Native(Native::TagDecorator { .. }) => {
                        true
                    }
                    Object::Instance(i) => interp.heap.class_lookup(i.class, "__call__").is_some(),
                    _ => false,
                },
                _ => false,
            };
            Ok(Constant::Bool(c))
        }
        ("builtins", "divmod") => {
            expect_args(interp, name, &args, 2, 2, span)?;
            let float = matches!(args[..], [Constant::Float(_), _] | [_, Constant::Float(_)]);
            if float && ops::const_to_f64(&args[1]) == Some(0.0) {
                return Err(interp.raise("ZeroDivisionError", "float divmod()", span));
            }
            let q = interp.binary_op(flowgraph::OpName::FloorDiv, &args[0], &args[1], span)?;
            let m = interp.binary_op(flowgraph::OpName::Mod, &args[0], &args[1], span)?;
            Ok(interp.heap.tuple(vec![q, m]))
        }
        ("builtins", "pow") => {
            expect_args(interp, name, &args, 2, 2, span)?;
            interp.binary_op(flowgraph::OpName::Pow, &args[0], &args[1], span)
        }
        ("builtins", "round") => {
            expect_args(interp, name, &args, 1, 2, span)?;
            let x = arg_float(interp, &args[0], span)?;
            match args.get(1) {
                None | Some(Constant::None) => {
                    let r = x.round();
                    // Round half to even, like Python.
                    let r = if (x - x.trunc()).abs() == 0.5 {
                        2.0 * (x / 2.0).round()
                    } else {
                        r
                    };
                    if matches!(args[0], Constant::Float(_)) {
                        Ok(ops::int_const(BigInt::from(r as i64)))
                    } else {
                        Ok(args[0].clone())
                    }
                }
                Some(nd) => {
                    let nd = arg_int(interp, nd, span)?;
                    let s = format::format_float(x, 'f', nd.max(0) as usize, false);
                    Ok(Constant::Float(s.parse().unwrap_or(x)))
                }
            }
        }
        ("builtins", "iter") | ("builtins", "next") => {
            Err(Diagnostic::not_supported_yet(span, &format!("{name}() at import time")).into())
        }
        ("builtins", "hash") | ("builtins", "id") => {
            Err(Diagnostic::at(span, format!("{name}() is not RPython"))
                .with_note("use rpython.rlib.objectmodel.compute_hash / compute_unique_id")
                .into())
        }
        ("builtins", "super") => {
            let (class, receiver) = match args.as_slice() {
                [c, r] => (c.clone(), r.clone()),
                [] => super_args(interp, span)?,
                _ => return Err(interp.raise("TypeError", "super() takes 0 or 2 arguments", span)),
            };
            let Constant::Obj(class) = class else {
                return Err(interp.raise("TypeError", "super() argument 1 must be a type", span));
            };
            Ok(Constant::Obj(
                interp.heap.alloc(Object::Super { class, receiver }),
            ))
        }
        ("builtins", "exec") => {
            expect_args(interp, name, &args, 1, 2, span)?;
            let src = arg_str(interp, &args[0], "exec() source", span)?;
            exec_source(interp, &src, args.get(1), span)?;
            Ok(Constant::None)
        }
        ("builtins", "staticmethod") => {
            expect_args(interp, name, &args, 1, 1, span)?;
            Ok(Constant::Obj(
                interp.heap.alloc(Object::StaticMethod(args[0].clone())),
            ))
        }
        ("builtins", "classmethod") => {
            expect_args(interp, name, &args, 1, 1, span)?;
            Ok(Constant::Obj(
                interp.heap.alloc(Object::ClassMethod(args[0].clone())),
            ))
        }
        ("builtins", "property") => {
            expect_args(interp, name, &args, 1, 2, span)?;
            let fset = args.get(1).cloned().unwrap_or(Constant::None);
            Ok(Constant::Obj(interp.heap.alloc(Object::Property {
                fget: args[0].clone(),
                fset,
            })))
        }
        ("builtins", "object.__init__" | "BaseException.__init__") => {
            builtin_init(interp, name, &args, &kwargs, span)
        }
        ("builtins", "globals") => {
            let m = interp.frame().module;
            Ok(Constant::Obj(interp.heap.alloc(Object::ModuleDict(m))))
        }
        ("builtins", "print") => {
            // Import-time output goes to the translator's stderr.
            let mut parts = Vec::new();
            for a in &args {
                parts.push(interp.str_of(a, span)?);
            }
            eprintln!("{}", parts.join(" "));
            Ok(Constant::None)
        }
        ("sys", "setrecursionlimit") => Ok(Constant::None),
        ("sys", "getrecursionlimit") => Ok(Constant::Int(1000)),
        ("os.path", "join") => {
            let mut out = String::new();
            for a in &args {
                let s = arg_str(interp, a, "path", span)?;
                if s.starts_with('/') {
                    out.clear();
                } else if !out.is_empty() && !out.ends_with('/') {
                    out.push('/');
                }
                out.push_str(&s);
            }
            Ok(Constant::Str(out.into()))
        }
        ("os.path", "dirname") | ("os.path", "basename") => {
            expect_args(interp, name, &args, 1, 1, span)?;
            let s = arg_str(interp, &args[0], "path", span)?;
            let (dir, base) = match s.rfind('/') {
                Some(i) => (s[..i].to_string(), s[i + 1..].to_string()),
                None => (String::new(), s.to_string()),
            };
            let dir = if dir.is_empty() && s.starts_with('/') {
                "/".into()
            } else {
                dir
            };
            Ok(Constant::Str(
                if name == "dirname" { dir } else { base }.into(),
            ))
        }
        ("math", _) | ("rpython.rlib.rfloat", "isinf" | "isnan" | "isfinite" | "copysign") => {
            math_function(interp, name, &args, span)
        }
        ("rpython.rlib.jit", "JitDriver") => {
            let greens = names_list(interp, kw("greens"), span)?;
            let reds = match kw("reds") {
                Some(Constant::Str(s)) if &*s == "auto" => None,
                other => Some(names_list(interp, other, span)?),
            };
            if let Some(reds) = &reds {
                if let Some(n) = greens.iter().find(|g| reds.contains(g)) {
                    return Err(interp.raise(
                        "TypeError",
                        format!("'{n}' is both green and red"),
                        span,
                    ));
                }
            }
            let dname = match kw("name") {
                Some(Constant::Str(s)) => s,
                _ => "jitdriver".into(),
            };
            let mut options = Namespace::new();
            for (k, v) in &kwargs {
                if !matches!(&**k, "greens" | "reds" | "name") {
                    options.insert(k.clone(), v.clone());
                }
            }
            let d = JitDriverDesc {
                greens,
                reds,
                name: dname,
                options,
            };
            Ok(Constant::Obj(
                interp.heap.alloc(Object::Native(Native::JitDriver(d))),
            ))
        }
        ("rpython.rlib.jit", "elidable") => decorate(
            interp,
            &args,
            "_elidable_function_",
            Constant::Bool(true),
            span,
        ),
        ("rpython.rlib.jit", "dont_look_inside") => decorate(
            interp,
            &args,
            "_jit_look_inside_",
            Constant::Bool(false),
            span,
        ),
        ("rpython.rlib.jit", "look_inside") => decorate(
            interp,
            &args,
            "_jit_look_inside_",
            Constant::Bool(true),
            span,
        ),
        ("rpython.rlib.jit", "unroll_safe") => decorate(
            interp,
            &args,
            "_jit_unroll_safe_",
            Constant::Bool(true),
            span,
        ),
        ("rpython.rlib.jit", "loop_invariant") => decorate(
            interp,
            &args,
            "_jit_loop_invariant_",
            Constant::Bool(true),
            span,
        ),
        ("rpython.rlib.jit", "not_in_trace") => {
            decorate(interp, &args, "_not_in_trace_", Constant::Bool(true), span)
        }
        ("rpython.rlib.jit", "elidable_promote") => {
            let which = kw("promote_args").unwrap_or(Constant::Str("all".into()));
            Ok(tag(interp, "_elidable_promote_", which))
        }
        ("rpython.rlib.jit", "look_inside_iff") => {
            expect_args(interp, name, &args, 1, 1, span)?;
            Ok(tag(interp, "_jit_look_inside_iff_", args[0].clone()))
        }
        ("rpython.rlib.jit", "oopspec") => {
            expect_args(interp, name, &args, 1, 1, span)?;
            Ok(tag(interp, "oopspec", args[0].clone()))
        }
        ("rpython.rlib.jit", "promote" | "promote_string" | "hint" | "record_exact_class") => {
            Ok(args.first().cloned().unwrap_or(Constant::None))
        }
        ("rpython.rlib.jit", "we_are_jitted" | "isconstant" | "isvirtual") => {
            Ok(Constant::Bool(false))
        }
        ("rpython.rlib.jit", "set_param" | "set_user_param" | "assert_green" | "jit_debug") => {
            Ok(Constant::None)
        }
        ("rpython.rlib.objectmodel", "we_are_translated") => Ok(Constant::Bool(false)),
        ("rpython.rlib.objectmodel", "always_inline") => {
            decorate(interp, &args, "_always_inline_", Constant::Bool(true), span)
        }
        ("rpython.rlib.objectmodel", "dont_inline") => {
            decorate(interp, &args, "_dont_inline_", Constant::Bool(true), span)
        }
        ("rpython.rlib.objectmodel", "try_inline") => decorate(
            interp,
            &args,
            "_always_inline_",
            Constant::Str("try".into()),
            span,
        ),
        ("rpython.rlib.objectmodel", "not_rpython") => {
            decorate(interp, &args, "_not_rpython_", Constant::Bool(true), span)
        }
        ("rpython.rlib.objectmodel", "enforceargs") => {
            let t = interp.heap.tuple(args.clone());
            Ok(tag(interp, "_enforceargs_", t))
        }
        ("rpython.rlib.objectmodel", n) if n.starts_with("specialize.") => {
            let kind = &n["specialize.".len()..];
            let mut parts = Vec::new();
            for a in &args {
                parts.push(format::str_of(&interp.heap, a));
            }
            let value = if parts.is_empty() {
                format!("specialize:{kind}")
            } else {
                format!("specialize:{kind}({})", parts.join(","))
            };
            Ok(tag(interp, "_annspecialcase_", Constant::Str(value.into())))
        }
        ("rpython.rlib.objectmodel", "import_from_mixin") => {
            expect_args(interp, name, &args, 1, 2, span)?;
            import_from_mixin(interp, &args[0], span)?;
            Ok(Constant::None)
        }
        ("rpython.rlib.objectmodel", "compute_hash") => {
            expect_args(interp, name, &args, 1, 1, span)?;
            match compute_hash(interp, &args[0]) {
                Some(h) => Ok(Constant::Int(h)),
                None => Err(Diagnostic::not_supported_yet(
                    span,
                    "compute_hash() of this value at import time",
                )
                .into()),
            }
        }
        ("rpython.rlib.objectmodel", "newlist_hint") => Ok(interp.heap.list(vec![])),
        ("rpython.rlib.objectmodel", "likely" | "unlikely") => {
            Ok(args.first().cloned().unwrap_or(Constant::None))
        }
        ("rpython.rlib.objectmodel", "fetch_translated_config") => Ok(Constant::None),
        ("rpython.rlib.objectmodel", "keepalive_until_here") => Ok(Constant::None),
        ("rpython.rlib.objectmodel", "instantiate") => {
            let Some(Constant::Obj(cls)) = args.first() else {
                return Err(interp.raise("TypeError", "instantiate() needs a class", span));
            };
            let cls = *cls;
            Ok(Constant::Obj(interp.heap.alloc(Object::Instance(
                crate::heap::Instance {
                    class: cls,
                    attrs: Namespace::new(),
                },
            ))))
        }
        ("rpython.rlib.rarithmetic", "intmask") => {
            expect_args(interp, name, &args, 1, 1, span)?;
            let n = ops::const_to_bigint(&args[0])
                .ok_or_else(|| interp.raise("TypeError", "intmask() needs an integer", span))?;
            let low = (&n & BigInt::from(u64::MAX)).to_u64().unwrap_or(0);
            Ok(Constant::Int(low as i64))
        }
        ("rpython.rlib.rarithmetic", "ovfcheck") => {
            expect_args(interp, name, &args, 1, 1, span)?;
            match &args[0] {
                Constant::BigInt(_) => Err(interp.raise("OverflowError", "integer overflow", span)),
                v => Ok(v.clone()),
            }
        }
        ("rpython.rlib.rarithmetic", "widen") => Ok(match &args[0] {
            Constant::SizedInt(k, bits) if k.bits() < 64 => Constant::Int(k.value(*bits) as i64),
            v => v.clone(),
        }),
        ("rpython.rlib.rarithmetic", "is_valid_int") => Ok(Constant::Bool(matches!(
            args.first(),
            Some(Constant::Int(_) | Constant::Bool(_))
        ))),
        ("rpython.rlib.unroll", "unrolling_iterable") => {
            expect_args(interp, name, &args, 1, 1, span)?;
            let items = interp.iterate(&args[0], span)?;
            Ok(Constant::Obj(
                interp.heap.alloc(Object::Native(Native::Unrolling(items))),
            ))
        }
        (
            "rpython.rlib.debug",
            "make_sure_not_resized" | "make_sure_not_modified" | "check_nonneg",
        ) => Ok(args.first().cloned().unwrap_or(Constant::None)),
        ("rpython.rlib.debug", _) => Ok(Constant::None),
        _ => Err(Diagnostic::at(
            span,
            format!("{}.{} cannot be called at import time", desc.module, name),
        )
        .with_label("called at translation time")
        .with_note("call it from code reachable from the entry point instead")
        .into()),
    }
}

/// `super()` without arguments: the defining class of the running function
/// and its first argument.
fn super_args(interp: &mut Interp, span: Span) -> R<(Constant, Constant)> {
    let frame = interp.frame();
    let code = frame.code.clone();
    let first = code.as_ref().and_then(|c| c.scope.params.first().cloned());
    let receiver = first.and_then(|p| frame.locals.get(&p).cloned());
    // Find the function object whose code is running to learn its class.
    let class = code.and_then(|c| {
        (0..interp.heap.len())
            .rev()
            .find_map(|i| match interp.heap.get(ObjRef::new(i)) {
                Object::Function(f) if Rc::ptr_eq(&f.code, &c) => f.defining_class,
                _ => None,
            })
    });
    match (class, receiver) {
        (Some(c), Some(r)) => Ok((Constant::Obj(c), r)),
        _ => Err(interp.raise("RuntimeError", "super(): no arguments", span)),
    }
}

fn class_matches(
    interp: &Interp,
    cls: ObjRef,
    v: &Constant,
    spec: &Constant,
    isinstance: bool,
) -> bool {
    match spec {
        Constant::Obj(r) => match interp.heap.get(*r) {
            Object::Class(c) => {
                // r_uint(3) is an instance of r_uint; True is an int.
                if let (ClassKind::Builtin(BuiltinType::Int), true, Constant::Bool(_)) =
                    (c.kind, isinstance, v)
                {
                    return true;
                }
                interp.heap.is_subclass(cls, *r)
            }
            Object::Tuple(items) => items
                .iter()
                .any(|i| class_matches(interp, cls, v, i, isinstance)),
            _ => false,
        },
        _ => false,
    }
}

fn decorate(
    interp: &mut Interp,
    args: &[Constant],
    attr: &str,
    value: Constant,
    span: Span,
) -> R<Constant> {
    expect_args(interp, attr, args, 1, 1, span)?;
    let d = tag(interp, attr, value);
    interp.call(&d, args.to_vec(), vec![], span)
}

fn names_list(interp: &mut Interp, v: Option<Constant>, span: Span) -> R<Vec<Rc<str>>> {
    let Some(v) = v else { return Ok(Vec::new()) };
    let mut out = Vec::new();
    for item in interp.iterate(&v, span)? {
        out.push(arg_str(
            interp,
            &item,
            "a green or red variable name",
            span,
        )?);
    }
    Ok(out)
}

/// `import_from_mixin(M)`: copies M's functions into the class body being
/// executed.
fn import_from_mixin(interp: &mut Interp, mixin: &Constant, span: Span) -> R<()> {
    let Constant::Obj(m) = mixin else {
        return Err(interp.raise("TypeError", "import_from_mixin() needs a class", span));
    };
    if interp.frame().kind != super::FrameKind::Class {
        return Err(
            Diagnostic::at(span, "import_from_mixin() must be called in a class body").into(),
        );
    }
    let Some(class) = interp.heap.as_class(*m) else {
        return Err(interp.raise("TypeError", "import_from_mixin() needs a class", span));
    };
    let mut entries = Vec::new();
    for k in class.mro.iter().rev() {
        if *k == interp.heap.known().object {
            continue;
        }
        if let Some(c) = interp.heap.as_class(*k) {
            for (name, v) in &c.dict {
                let special = name.starts_with("__") && name.ends_with("__");
                if !special || matches!(&**name, "__init__" | "__del__") {
                    entries.push((name.clone(), v.clone()));
                }
            }
        }
    }
    for (name, v) in entries {
        // Copy functions so each class gets its own (for specialization).
        let v = match &v {
            Constant::Obj(r) => match interp.heap.get(*r) {
                Object::Function(f) => {
                    let copy = crate::heap::Function {
                        name: f.name.clone(),
                        qualname: f.qualname.clone(),
                        code: f.code.clone(),
                        module: f.module,
                        defaults: f.defaults.clone(),
                        kwdefaults: f.kwdefaults.clone(),
                        closure: f.closure.clone(),
                        dict: f.dict.clone(),
                        defining_class: None,
                    };
                    Constant::Obj(interp.heap.alloc(Object::Function(copy)))
                }
                _ => v.clone(),
            },
            _ => v,
        };
        interp.frame_mut().class_ns.insert(name, v);
    }
    Ok(())
}

/// `exec(source[, namespace])` at import time.
fn exec_source(interp: &mut Interp, src: &str, namespace: Option<&Constant>, span: Span) -> R<()> {
    let display = format!("<exec at {}>", interp.sources.location(span));
    let file = interp
        .sources
        .add(std::path::Path::new(&display), src.to_string());
    let suite = match crate::loader::parse(&interp.sources, file, src) {
        Ok(suite) => suite,
        Err(d) => return Err(syntax_error(interp, src, &d, span)),
    };
    match namespace {
        None => {
            let module = interp.frame().module;
            interp.exec_module_body(module, file, &suite)
        }
        Some(Constant::Obj(d)) => {
            let d = *d;
            let Object::Dict(dict) = interp.heap.get(d) else {
                return Err(interp.raise("TypeError", "exec() namespace must be a dict", span));
            };
            let mut ns = Namespace::new();
            for (k, v) in dict.entries.values() {
                if let Constant::Str(k) = k {
                    ns.insert(k.clone(), v.clone());
                }
            }
            let caller_module = interp.frame().module;
            let name: Rc<str> = match interp.heap.get(caller_module) {
                Object::Module(m) => m.name.clone(),
                _ => "".into(),
            };
            let module = interp.heap.alloc(Object::Module(Module {
                name,
                dict: ns,
                file: Some(file),
                native: false,
            }));
            interp.exec_module_body(module, file, &suite)?;
            let results: Vec<(Rc<str>, Constant)> = interp
                .module_dict(module)
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            if let Object::Dict(dict) = interp.heap.get_mut(d) {
                for (k, v) in results {
                    dict.set(crate::heap::HashKey::Str(k.clone()), Constant::Str(k), v);
                }
            }
            Ok(())
        }
        Some(_) => Err(interp.raise("TypeError", "exec() namespace must be a dict", span)),
    }
}

/// The `SyntaxError` that `exec` raises for source that does not parse.
fn syntax_error(interp: &mut Interp, src: &str, d: &Diagnostic, span: Span) -> super::Unwind {
    let detail = d
        .message
        .strip_prefix("syntax error: ")
        .unwrap_or(&d.message);
    // The parser's messages for unexpected tokens ("Got unexpected token
    // '='") are CPython's generic "invalid syntax"; most others are
    // CPython's own wording.
    let msg = if detail.starts_with("invalid syntax") || detail.starts_with("Got ") {
        "invalid syntax"
    } else {
        detail
    };
    let class = if msg.contains("tabs") {
        "TabError"
    } else if msg.contains("indent") {
        "IndentationError"
    } else {
        "SyntaxError"
    };
    let at = d.span.map_or(0, |s| s.start as usize).min(src.len());
    let end = d.span.map_or(at, |s| s.end as usize).clamp(at, src.len());
    let line_start = src[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = src[at..].find('\n').map_or(src.len(), |i| at + i);
    let lineno = Constant::Int(src[..at].matches('\n').count() as i64 + 1);
    let column = src[line_start..at].chars().count() as i64 + 1;
    let offset = Constant::Int(column);
    let end_offset = Constant::Int(column + src[at..end].chars().count() as i64);
    // CPython's `text` is the whole line, with its newline.
    let text = Constant::Str(format!("{}\n", &src[line_start..line_end]).into());
    let filename = Constant::Str("<string>".into());
    let details = interp.heap.tuple(vec![
        filename.clone(),
        lineno.clone(),
        offset.clone(),
        text.clone(),
        lineno.clone(),
        end_offset.clone(),
    ]);
    let exc = interp.new_exception_with(class, Constant::Str(msg.into()));
    if let Constant::Obj(r) = &exc {
        let args = interp.heap.tuple(vec![Constant::Str(msg.into()), details]);
        if let Object::Instance(i) = interp.heap.get_mut(*r) {
            i.attrs.insert("args".into(), args);
            for (k, v) in [
                ("msg", Constant::Str(msg.into())),
                ("filename", filename),
                ("lineno", lineno.clone()),
                ("offset", offset),
                ("text", text),
                ("end_lineno", lineno),
                ("end_offset", end_offset),
            ] {
                i.attrs.insert(k.into(), v);
            }
        }
    }
    super::Unwind::Exception(super::PyException {
        value: exc,
        traceback: vec![span],
    })
}

fn math_function(interp: &mut Interp, name: &str, args: &[Constant], span: Span) -> R<Constant> {
    let mut fs = Vec::new();
    for a in args {
        fs.push(arg_float(interp, a, span)?);
    }
    let x = fs.first().copied().unwrap_or(0.0);
    let y = fs.get(1).copied().unwrap_or(0.0);
    let domain = |interp: &mut Interp| Err(interp.raise("ValueError", "math domain error", span));
    let v = match name {
        "sqrt" if x < 0.0 => return domain(interp),
        "sqrt" => x.sqrt(),
        "floor" | "ceil" | "trunc" => {
            let r = match name {
                "floor" => x.floor(),
                "ceil" => x.ceil(),
                _ => x.trunc(),
            };
            if !r.is_finite() {
                return Err(interp.raise(
                    "OverflowError",
                    "cannot convert float infinity to integer",
                    span,
                ));
            }
            return Ok(ops::int_const(BigInt::from(r as i128)));
        }
        "fabs" => x.abs(),
        "exp" => x.exp(),
        "log" if x <= 0.0 => return domain(interp),
        "log" if fs.len() == 2 => x.ln() / y.ln(),
        "log" => x.ln(),
        "log10" if x <= 0.0 => return domain(interp),
        "log10" => x.log10(),
        "log2" if x <= 0.0 => return domain(interp),
        "log2" => x.log2(),
        "pow" => x.powf(y),
        "sin" => x.sin(),
        "cos" => x.cos(),
        "tan" => x.tan(),
        "asin" => x.asin(),
        "acos" => x.acos(),
        "atan" => x.atan(),
        "atan2" => x.atan2(y),
        "sinh" => x.sinh(),
        "cosh" => x.cosh(),
        "tanh" => x.tanh(),
        "hypot" => x.hypot(y),
        "fmod" => x % y,
        "copysign" => x.copysign(y),
        "degrees" => x.to_degrees(),
        "radians" => x.to_radians(),
        "ldexp" => x * 2f64.powi(y as i32),
        "isinf" => return Ok(Constant::Bool(x.is_infinite())),
        "isnan" => return Ok(Constant::Bool(x.is_nan())),
        "isfinite" => return Ok(Constant::Bool(x.is_finite())),
        "modf" => {
            let (f, i) = (x.fract(), x.trunc());
            return Ok(interp
                .heap
                .tuple(vec![Constant::Float(f), Constant::Float(i)]));
        }
        "gcd" => {
            let a = ops::const_to_bigint(&args[0]).unwrap_or_default();
            let b = ops::const_to_bigint(&args[1]).unwrap_or_default();
            return Ok(ops::int_const(num_integer::Integer::gcd(&a, &b)));
        }
        _ => {
            return Err(
                Diagnostic::not_supported_yet(span, &format!("math.{name} at import time")).into(),
            )
        }
    };
    Ok(Constant::Float(v))
}

/// Calling a builtin type: `int(x)`, `str(x)`, `list(x)`, `r_uint(x)`...
pub fn call_type(
    interp: &mut Interp,
    t: BuiltinType,
    args: Vec<Constant>,
    kwargs: Vec<(Rc<str>, Constant)>,
    span: Span,
) -> R<Constant> {
    let _ = kwargs;
    let arg = args.first().cloned();
    Ok(match t {
        BuiltinType::Object => {
            let cls = interp.heap.known().object;
            Constant::Obj(interp.heap.alloc(Object::Instance(crate::heap::Instance {
                class: cls,
                attrs: Namespace::new(),
            })))
        }
        BuiltinType::Type => match args.len() {
            1 => Constant::Obj(interp.heap.type_of(&args[0])),
            3 => {
                let name = arg_str(interp, &args[0], "type() name", span)?;
                let bases = interp.iterate(&args[1], span)?;
                let mut ns = Namespace::new();
                if let Constant::Obj(d) = &args[2] {
                    if let Object::Dict(d) = interp.heap.get(*d) {
                        for (k, v) in d.entries.values() {
                            if let Constant::Str(k) = k {
                                ns.insert(k.clone(), v.clone());
                            }
                        }
                    }
                }
                interp.create_class(name.clone(), name, bases, ns, Some(span))?
            }
            _ => return Err(interp.raise("TypeError", "type() takes 1 or 3 arguments", span)),
        },
        BuiltinType::Bool => Constant::Bool(match arg {
            Some(v) => interp.truth(&v, span)?,
            None => false,
        }),
        BuiltinType::Int => match (arg, args.get(1)) {
            (None, _) => Constant::Int(0),
            (Some(Constant::Str(s)), base) => {
                let base = match base {
                    Some(b) => arg_int(interp, b, span)? as u32,
                    None => 10,
                };
                parse_int(&s, base).ok_or_else(|| {
                    interp.raise(
                        "ValueError",
                        format!(
                            "invalid literal for int() with base {base}: {}",
                            flowgraph::print::str_repr(&s)
                        ),
                        span,
                    )
                })?
            }
            (Some(Constant::Float(f)), _) => {
                if !f.is_finite() {
                    return Err(interp.raise(
                        "OverflowError",
                        "cannot convert float infinity to integer",
                        span,
                    ));
                }
                ops::int_const(BigInt::from(f.trunc() as i128))
            }
            (Some(v), _) => match ops::const_to_bigint(&v) {
                Some(n) => ops::int_const(n),
                None => {
                    let tn = interp.type_name(&v);
                    return Err(interp.raise(
                        "TypeError",
                        format!("int() argument must be a string or a number, not '{tn}'"),
                        span,
                    ));
                }
            },
        },
        BuiltinType::SizedInt(k) => {
            let n = match arg {
                None => BigInt::zero(),
                Some(Constant::Float(f)) => BigInt::from(f.trunc() as i128),
                Some(v) => ops::const_to_bigint(&v)
                    .ok_or_else(|| interp.raise("TypeError", "an integer is required", span))?,
            };
            let low = (&n & BigInt::from(u64::MAX)).to_u64().unwrap_or(0);
            Constant::SizedInt(k, k.wrap(low as i128))
        }
        BuiltinType::Float => match arg {
            None => Constant::Float(0.0),
            Some(Constant::Str(s)) => Constant::Float(parse_float(&s).ok_or_else(|| {
                interp.raise(
                    "ValueError",
                    format!(
                        "could not convert string to float: {}",
                        flowgraph::print::str_repr(&s)
                    ),
                    span,
                )
            })?),
            Some(v) => Constant::Float(arg_float(interp, &v, span)?),
        },
        BuiltinType::Str => match arg {
            None => Constant::Str("".into()),
            Some(v) => Constant::Str(interp.str_of(&v, span)?.into()),
        },
        BuiltinType::Bytes => match arg {
            None => Constant::Bytes(Rc::from(&b""[..])),
            Some(Constant::Str(s)) => Constant::Bytes(s.as_bytes().into()),
            Some(v) => {
                let mut out = Vec::new();
                for i in interp.iterate(&v, span)? {
                    out.push(arg_int(interp, &i, span)? as u8);
                }
                Constant::Bytes(out.into())
            }
        },
        BuiltinType::List | BuiltinType::Tuple => {
            let items = match arg {
                Some(v) => interp.iterate(&v, span)?,
                None => Vec::new(),
            };
            if t == BuiltinType::List {
                interp.heap.list(items)
            } else {
                interp.heap.tuple(items)
            }
        }
        BuiltinType::Set | BuiltinType::FrozenSet => {
            let mut d = Dict::default();
            if let Some(v) = arg {
                for i in interp.iterate(&v, span)? {
                    let k = interp.hash_key(&i, span)?;
                    d.add(k, i);
                }
            }
            Constant::Obj(interp.heap.alloc(Object::Set(d)))
        }
        BuiltinType::Dict => {
            let mut d = Dict::default();
            if let Some(v) = arg {
                let pairs = match &v {
                    Constant::Obj(r) if matches!(interp.heap.get(*r), Object::Dict(_)) => {
                        let Object::Dict(src) = interp.heap.get(*r) else {
                            unreachable!()
                        };
                        src.entries
                            .values()
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect()
                    }
                    _ => {
                        let mut pairs = Vec::new();
                        for item in interp.iterate(&v, span)? {
                            let kv = interp.iterate(&item, span)?;
                            if kv.len() != 2 {
                                return Err(interp.raise(
                                    "ValueError",
                                    "dictionary update sequence element has wrong length",
                                    span,
                                ));
                            }
                            pairs.push((kv[0].clone(), kv[1].clone()));
                        }
                        pairs
                    }
                };
                for (k, v) in pairs {
                    let hk = interp.hash_key(&k, span)?;
                    d.set(hk, k, v);
                }
            }
            for (k, v) in kwargs {
                d.set(crate::heap::HashKey::Str(k.clone()), Constant::Str(k), v);
            }
            Constant::Obj(interp.heap.alloc(Object::Dict(d)))
        }
        BuiltinType::Range => {
            let mut ints = Vec::new();
            for a in &args {
                ints.push(arg_int(interp, a, span)?);
            }
            let (start, stop, step) = match ints.as_slice() {
                [stop] => (0, *stop, 1),
                [start, stop] => (*start, *stop, 1),
                [start, stop, step] => (*start, *stop, *step),
                _ => {
                    return Err(interp.raise("TypeError", "range expected 1 to 3 arguments", span))
                }
            };
            if step == 0 {
                return Err(interp.raise("ValueError", "range() arg 3 must not be zero", span));
            }
            Constant::Obj(interp.heap.alloc(Object::Range { start, stop, step }))
        }
        BuiltinType::Slice => {
            let mut a = args.clone();
            a.resize(3, Constant::None);
            let (start, stop, step) = if args.len() == 1 {
                (Constant::None, a[0].clone(), Constant::None)
            } else {
                (a[0].clone(), a[1].clone(), a[2].clone())
            };
            Constant::Obj(interp.heap.alloc(Object::Slice { start, stop, step }))
        }
        BuiltinType::NoneType | BuiltinType::Function | BuiltinType::Module => {
            return Err(interp.raise("TypeError", "cannot create instances of this type", span))
        }
    })
}

pub fn parse_int(s: &str, base: u32) -> Option<Constant> {
    let t = s.trim().replace('_', "");
    let (neg, digits) = match t.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, t.strip_prefix('+').unwrap_or(&t).to_string()),
    };
    let (base, digits) = match (base, digits.get(..2).map(|p| p.to_ascii_lowercase())) {
        (0 | 16, Some(p)) if p == "0x" => (16, digits[2..].to_string()),
        (0 | 8, Some(p)) if p == "0o" => (8, digits[2..].to_string()),
        (0 | 2, Some(p)) if p == "0b" => (2, digits[2..].to_string()),
        (0, _) => (10, digits),
        _ => (base, digits),
    };
    if digits.is_empty() {
        return None;
    }
    let n = BigInt::parse_bytes(digits.as_bytes(), base)?;
    Some(ops::int_const(if neg { -n } else { n }))
}

pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim().to_ascii_lowercase();
    match t.as_str() {
        "inf" | "+inf" | "infinity" | "+infinity" => Some(f64::INFINITY),
        "-inf" | "-infinity" => Some(f64::NEG_INFINITY),
        "nan" | "+nan" | "-nan" => Some(f64::NAN),
        _ => t.replace('_', "").parse().ok(),
    }
}

/// Attributes that a class inherits from the builtin classes of its MRO
/// (looked up after the class dicts): `object.__init__`,
/// `Exception.__init__`.
pub fn type_attr(interp: &mut Interp, cls: ObjRef, name: &str) -> R<Option<Constant>> {
    Ok(match name {
        "__init__" => {
            let exc = interp
                .heap
                .is_subclass(cls, interp.heap.known().base_exception);
            let init = if exc {
                "BaseException.__init__"
            } else {
                "object.__init__"
            };
            Some(Constant::Obj(interp.lazy_builtin("builtins", init)))
        }
        _ => None,
    })
}

/// `object.__init__(self)` and `BaseException.__init__(self, *args)`.
fn builtin_init(
    interp: &mut Interp,
    name: &str,
    args: &[Constant],
    kwargs: &[(Rc<str>, Constant)],
    span: Span,
) -> R<Constant> {
    let owner = name.trim_end_matches(".__init__");
    let Some(receiver) = args.first() else {
        let msg = format!("descriptor '__init__' of '{owner}' object needs an argument");
        return Err(interp.raise("TypeError", msg, span));
    };
    if owner == "object" {
        // The receiver's class overrides `__init__` or calls this one
        // explicitly: extra arguments are an error.
        if args.len() > 1 || !kwargs.is_empty() {
            let msg = "object.__init__() takes exactly one argument (the instance to initialize)";
            return Err(interp.raise("TypeError", msg, span));
        }
        return Ok(Constant::None);
    }
    let (cls, base_exception) = (
        interp.heap.type_of(receiver),
        interp.heap.known().base_exception,
    );
    let inst = match receiver {
        Constant::Obj(r) if interp.heap.is_subclass(cls, base_exception) => *r,
        other => {
            let t = interp.type_name(other);
            let msg = format!(
                "descriptor '__init__' requires a 'BaseException' object but received a '{t}'"
            );
            return Err(interp.raise("TypeError", msg, span));
        }
    };
    if !kwargs.is_empty() {
        let msg = format!(
            "{}() takes no keyword arguments",
            interp.type_name(receiver)
        );
        return Err(interp.raise("TypeError", msg, span));
    }
    let exc_args = interp.heap.tuple(args[1..].to_vec());
    if let Object::Instance(i) = interp.heap.get_mut(inst) {
        i.attrs.insert("args".into(), exc_args);
    }
    Ok(Constant::None)
}

/// Attributes of non-instance values: methods of str/list/dict..., JitDriver
/// methods, `specialize.*`.
pub fn value_attr(interp: &mut Interp, obj: &Constant, name: &str) -> R<Option<Constant>> {
    if let Constant::Obj(r) = obj {
        match interp.heap.get(*r) {
            Object::Native(Native::Specialize) => {
                let full = format!("specialize.{name}");
                let found = BUILTIN_FUNCS
                    .iter()
                    .find(|d| d.module == "rpython.rlib.objectmodel" && d.name == full);
                return Ok(found.map(|d| Constant::Obj(interp.builtin(d.module, d.name))));
            }
            Object::Native(Native::Environ) => {
                // `os.environ.get(name[, default])` is `os.getenv`.
                return Ok((name == "get").then(|| Constant::Obj(interp.builtin("os", "getenv"))));
            }
            Object::Native(Native::ImportFile(_)) => {
                let found = super::importfs::FILE_METHODS.contains(&name);
                return Ok(found.then(|| bound_native(interp, obj, name)));
            }
            Object::Native(Native::JitDriver(d)) => {
                return Ok(match name {
                    "greens" => {
                        let g = d.greens.iter().map(|n| Constant::Str(n.clone())).collect();
                        Some(interp.heap.list(g))
                    }
                    "jit_merge_point" | "can_enter_jit" | "loop_header" => {
                        Some(bound_native(interp, obj, name))
                    }
                    _ => None,
                });
            }
            _ => {}
        }
    }
    if super::methods::has_method(&interp.heap, obj, name) {
        return Ok(Some(bound_native(interp, obj, name)));
    }
    Ok(None)
}

fn bound_native(interp: &mut Interp, obj: &Constant, name: &str) -> Constant {
    Constant::Obj(interp.heap.alloc(Object::BuiltinMethod {
        name: name.into(),
        receiver: obj.clone(),
    }))
}

/// Calls a method of a builtin value (see [`super::methods`]).
pub fn call_method(
    interp: &mut Interp,
    receiver: &Constant,
    name: &str,
    args: Vec<Constant>,
    kwargs: Vec<(Rc<str>, Constant)>,
    span: Span,
) -> R<Constant> {
    if let Constant::Obj(r) = receiver {
        if let Object::Native(Native::ImportFile(_)) = interp.heap.get(*r) {
            return super::importfs::call_file_method(interp, receiver, name, &args, span);
        }
        if let Object::Native(Native::JitDriver(_)) = interp.heap.get(*r) {
            return Err(
                Diagnostic::at(span, format!("{name}() is only meaningful at run time")).into(),
            );
        }
    }
    super::methods::call_method(interp, receiver, name, args, kwargs, span)
}

/// `compute_hash` of str, bytes, int, bool, None and tuples of those: the
/// same deterministic function as `rpython.rlib.objectmodel.compute_hash`
/// untranslated, so prebuilt hashes agree with run-time ones.
pub fn compute_hash(interp: &Interp, v: &Constant) -> Option<i64> {
    // The run-time definitions (`pytext`), so that tables built at import
    // time stay valid in the translated program.
    match v {
        Constant::Str(s) => Some(pytext::str_hash(s)),
        Constant::Bytes(b) => Some(pytext::bytes_hash(b)),
        Constant::Int(i) => Some(*i),
        Constant::Bool(b) => Some(*b as i64),
        Constant::SizedInt(k, bits) => Some(k.value(*bits) as i64),
        Constant::None => Some(0),
        Constant::Obj(_) => {
            let items = interp.heap.tuple_items(v)?;
            let hashes: Option<Vec<i64>> = items.iter().map(|x| compute_hash(interp, x)).collect();
            Some(pytext::tuple_hash(&hashes?))
        }
        _ => None,
    }
}
