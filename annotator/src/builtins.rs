//! Annotations of native functions (`len`, `os.write`, `math.sqrt`,
//! `rpython.rlib.*`) and of calls to builtin types (`int(s)`, `list(x)`,
//! `r_uint(n)`, `range(...)`).
//!
//! Functions with a fixed signature over simple types are rows of
//! [`SIMPLE`]; the others have their own rule in [`Annotator::call_builtin`].

use std::rc::Rc;

use flowgraph::ObjRef;
use frontend::heap::{BuiltinType, Object};

use crate::calls::CallArgs;
use crate::fixpoint::facts;
use crate::model::{Desc, IntType, IterHow, Narrow, OpPos, SomeValue};
use crate::ops::OpResult;
use crate::Annotator;

/// The type of an argument or result in [`SIMPLE`].
#[derive(Clone, Copy, PartialEq, Debug)]
enum T {
    /// int, bool or float.
    Num,
    /// int or bool.
    Int,
    Float,
    NonNeg,
    Bool,
    Str,
    Bytes,
    None,
    /// Anything (result: the first argument's annotation).
    Any,
}

/// (module, name, parameters, number of optional trailing parameters,
/// result).
type Row = (&'static str, &'static str, &'static [T], usize, T);

static SIMPLE: &[Row] = &[
    ("os", "write", &[T::Int, T::Bytes], 0, T::NonNeg),
    ("os", "read", &[T::Int, T::Int], 0, T::Bytes),
    ("os", "open", &[T::Str, T::Int, T::Int], 1, T::NonNeg),
    ("os", "close", &[T::Int], 0, T::None),
    ("os", "lseek", &[T::Int, T::Int, T::Int], 0, T::Int),
    ("os", "isatty", &[T::Int], 0, T::Bool),
    ("os", "getpid", &[], 0, T::NonNeg),
    ("os", "unlink", &[T::Str], 0, T::None),
    ("os", "getcwd", &[], 0, T::Str),
    ("os", "mkdir", &[T::Str, T::Int], 1, T::None),
    ("os", "rmdir", &[T::Str], 0, T::None),
    ("os.path", "exists", &[T::Str], 0, T::Bool),
    ("os.path", "isfile", &[T::Str], 0, T::Bool),
    ("os.path", "isdir", &[T::Str], 0, T::Bool),
    ("os.path", "dirname", &[T::Str], 0, T::Str),
    ("os.path", "basename", &[T::Str], 0, T::Str),
    ("os.path", "abspath", &[T::Str], 0, T::Str),
    ("time", "time", &[], 0, T::Float),
    ("time", "perf_counter", &[], 0, T::Float),
    ("time", "monotonic", &[], 0, T::Float),
    ("time", "process_time", &[], 0, T::Float),
    ("time", "sleep", &[T::Num], 0, T::None),
    ("math", "sqrt", &[T::Num], 0, T::Float),
    ("math", "floor", &[T::Num], 0, T::Int),
    ("math", "ceil", &[T::Num], 0, T::Int),
    ("math", "trunc", &[T::Num], 0, T::Int),
    ("math", "fabs", &[T::Num], 0, T::Float),
    ("math", "exp", &[T::Num], 0, T::Float),
    ("math", "log", &[T::Num, T::Num], 1, T::Float),
    ("math", "log10", &[T::Num], 0, T::Float),
    ("math", "log2", &[T::Num], 0, T::Float),
    ("math", "pow", &[T::Num, T::Num], 0, T::Float),
    ("math", "sin", &[T::Num], 0, T::Float),
    ("math", "cos", &[T::Num], 0, T::Float),
    ("math", "tan", &[T::Num], 0, T::Float),
    ("math", "asin", &[T::Num], 0, T::Float),
    ("math", "acos", &[T::Num], 0, T::Float),
    ("math", "atan", &[T::Num], 0, T::Float),
    ("math", "atan2", &[T::Num, T::Num], 0, T::Float),
    ("math", "sinh", &[T::Num], 0, T::Float),
    ("math", "cosh", &[T::Num], 0, T::Float),
    ("math", "tanh", &[T::Num], 0, T::Float),
    ("math", "hypot", &[T::Num, T::Num], 0, T::Float),
    ("math", "fmod", &[T::Num, T::Num], 0, T::Float),
    ("math", "ldexp", &[T::Num, T::Int], 0, T::Float),
    ("math", "isinf", &[T::Num], 0, T::Bool),
    ("math", "isnan", &[T::Num], 0, T::Bool),
    ("math", "isfinite", &[T::Num], 0, T::Bool),
    ("math", "copysign", &[T::Num, T::Num], 0, T::Float),
    ("math", "degrees", &[T::Num], 0, T::Float),
    ("math", "radians", &[T::Num], 0, T::Float),
    ("math", "gcd", &[T::Int, T::Int], 0, T::NonNeg),
    ("builtins", "chr", &[T::Int], 0, T::Str),
    ("builtins", "ord", &[T::Str], 0, T::NonNeg),
    ("builtins", "hex", &[T::Int], 0, T::Str),
    ("builtins", "oct", &[T::Int], 0, T::Str),
    ("builtins", "bin", &[T::Int], 0, T::Str),
    ("builtins", "callable", &[T::Any], 0, T::Bool),
    ("rpython.rlib.rarithmetic", "intmask", &[T::Num], 0, T::Int),
    ("rpython.rlib.rarithmetic", "widen", &[T::Int], 0, T::Int),
    (
        "rpython.rlib.rarithmetic",
        "longlongmask",
        &[T::Int],
        0,
        T::Int,
    ),
    (
        "rpython.rlib.rarithmetic",
        "is_valid_int",
        &[T::Any],
        0,
        T::Bool,
    ),
    (
        "rpython.rlib.rarithmetic",
        "int_between",
        &[T::Int, T::Int, T::Int],
        0,
        T::Bool,
    ),
    (
        "rpython.rlib.objectmodel",
        "compute_hash",
        &[T::Any],
        0,
        T::Int,
    ),
    (
        "rpython.rlib.objectmodel",
        "compute_identity_hash",
        &[T::Any],
        0,
        T::Int,
    ),
    (
        "rpython.rlib.objectmodel",
        "compute_unique_id",
        &[T::Any],
        0,
        T::Int,
    ),
    (
        "rpython.rlib.objectmodel",
        "current_object_addr_as_int",
        &[T::Any],
        0,
        T::Int,
    ),
    (
        "rpython.rlib.objectmodel",
        "keepalive_until_here",
        &[T::Any],
        0,
        T::None,
    ),
    ("rpython.rlib.objectmodel", "likely", &[T::Any], 0, T::Bool),
    (
        "rpython.rlib.objectmodel",
        "unlikely",
        &[T::Any],
        0,
        T::Bool,
    ),
    (
        "rpython.rlib.objectmodel",
        "resizelist_hint",
        &[T::Any, T::Int],
        0,
        T::None,
    ),
    ("rpython.rlib.jit", "promote", &[T::Any], 0, T::Any),
    ("rpython.rlib.jit", "promote_string", &[T::Any], 0, T::Any),
    ("rpython.rlib.jit", "we_are_jitted", &[], 0, T::Bool),
    ("rpython.rlib.jit", "isconstant", &[T::Any], 0, T::Bool),
    ("rpython.rlib.jit", "isvirtual", &[T::Any], 0, T::Bool),
    (
        "rpython.rlib.jit",
        "record_exact_class",
        &[T::Any, T::Any],
        0,
        T::None,
    ),
    ("rpython.rlib.jit", "assert_green", &[T::Any], 0, T::None),
    ("rpython.rlib.jit", "current_trace_length", &[], 0, T::Int),
    (
        "rpython.rlib.jit",
        "set_param",
        &[T::Any, T::Str, T::Any],
        0,
        T::None,
    ),
    (
        "rpython.rlib.jit",
        "set_user_param",
        &[T::Any, T::Str],
        0,
        T::None,
    ),
    (
        "rpython.rlib.debug",
        "make_sure_not_resized",
        &[T::Any],
        0,
        T::Any,
    ),
    (
        "rpython.rlib.debug",
        "make_sure_not_modified",
        &[T::Any],
        0,
        T::Any,
    ),
    (
        "rpython.rlib.debug",
        "check_list_of_chars",
        &[T::Any],
        0,
        T::Any,
    ),
    (
        "rpython.rlib.debug",
        "ll_assert",
        &[T::Any, T::Str],
        0,
        T::None,
    ),
    ("rpython.rlib.debug", "fatalerror", &[T::Str], 0, T::None),
    ("rpython.rlib.debug", "debug_start", &[T::Str], 0, T::None),
    ("rpython.rlib.debug", "debug_stop", &[T::Str], 0, T::None),
    ("rpython.rlib.debug", "debug_flush", &[], 0, T::None),
    ("rpython.rlib.debug", "have_debug_prints", &[], 0, T::Bool),
    ("rpython.rlib.debug", "attach_gdb", &[], 0, T::None),
    (
        "rpython.rlib.rfloat",
        "formatd",
        &[T::Num, T::Str, T::Int, T::Int],
        1,
        T::Str,
    ),
    (
        "rpython.rlib.rfloat",
        "string_to_float",
        &[T::Str],
        0,
        T::Float,
    ),
    (
        "rpython.rlib.rfloat",
        "round_double",
        &[T::Num, T::Int, T::Bool],
        1,
        T::Float,
    ),
    ("rpython.rlib.rfloat", "round_away", &[T::Num], 0, T::Float),
    ("rpython.rlib.rfloat", "isinf", &[T::Num], 0, T::Bool),
    ("rpython.rlib.rfloat", "isnan", &[T::Num], 0, T::Bool),
    ("rpython.rlib.rfloat", "isfinite", &[T::Num], 0, T::Bool),
    (
        "rpython.rlib.rfloat",
        "copysign",
        &[T::Num, T::Num],
        0,
        T::Float,
    ),
];

fn matches_t(t: T, s: &SomeValue) -> bool {
    match t {
        T::Any => true,
        T::Num => matches!(
            s,
            SomeValue::Int { .. } | SomeValue::Bool { .. } | SomeValue::Float { .. }
        ),
        T::Int | T::NonNeg => matches!(s, SomeValue::Int { .. } | SomeValue::Bool { .. }),
        T::Float => matches!(s, SomeValue::Float { .. }),
        T::Bool => matches!(s, SomeValue::Bool { .. }),
        T::Str => matches!(s, SomeValue::Str { .. } | SomeValue::Char { .. }),
        T::Bytes => matches!(s, SomeValue::Bytes { .. }),
        T::None => matches!(s, SomeValue::None),
    }
}

fn t_name(t: T) -> &'static str {
    match t {
        T::Any => "any value",
        T::Num => "a number",
        T::Int | T::NonNeg => "an int",
        T::Float => "a float",
        T::Bool => "a bool",
        T::Str => "a str",
        T::Bytes => "a bytes",
        T::None => "None",
    }
}

fn t_value(t: T, first: Option<&SomeValue>) -> SomeValue {
    match t {
        T::Num | T::Float => SomeValue::float(),
        T::Int => SomeValue::int(),
        T::NonNeg => SomeValue::nonneg_int(),
        T::Bool => SomeValue::bool(),
        T::Str => SomeValue::str(),
        T::Bytes => SomeValue::bytes(),
        T::None => SomeValue::None,
        T::Any => first.cloned().unwrap_or(SomeValue::None),
    }
}

/// The annotation of values of a builtin type (for `enforceargs`).
pub fn type_annotation(t: BuiltinType) -> Option<SomeValue> {
    Some(match t {
        BuiltinType::Int => SomeValue::int(),
        BuiltinType::Bool => SomeValue::bool(),
        BuiltinType::Float => SomeValue::float(),
        BuiltinType::Str => SomeValue::str(),
        BuiltinType::Bytes => SomeValue::bytes(),
        BuiltinType::SizedInt(k) => SomeValue::Int {
            ty: IntType::Sized(k),
            nonneg: !k.signed(),
            konst: None,
        },
        _ => return None,
    })
}

impl Annotator<'_> {
    pub(crate) fn positional_only(
        &self,
        at: OpPos,
        name: &str,
        args: &CallArgs,
        min: usize,
        max: usize,
    ) -> Result<Vec<SomeValue>, frontend::diag::Diagnostic> {
        if !args.keywords.is_empty() && name != "print" {
            return Err(self.error(at, format!("{name}() takes no keyword arguments here")));
        }
        if args.star.is_some() {
            return Err(self.error(
                at,
                format!("not supported yet: `*args` in a call to {name}()"),
            ));
        }
        self.check_arg_count(at, name, args.positional.len(), min, max)?;
        Ok(args.positional.clone())
    }

    pub fn call_builtin(&mut self, at: OpPos, b: ObjRef, args: &CallArgs) -> OpResult {
        let Object::Builtin(desc) = self.interp.heap.get(b) else {
            unreachable!("a builtin")
        };
        let (module, name) = (desc.module, desc.name);
        if let Some(r) = self.call_os_function(at, module, name, args) {
            return r;
        }
        if let Some(r) = self.call_weakref_function(at, module, name, args) {
            return r;
        }
        if let Some(row) = SIMPLE.iter().find(|r| r.0 == module && r.1 == name) {
            let (_, _, params, optional, result) = *row;
            let a = self.positional_only(at, name, args, params.len() - optional, params.len())?;
            for (i, (p, s)) in params.iter().zip(&a).enumerate() {
                if !matches_t(*p, s) {
                    return Err(self.error(
                        at,
                        format!(
                            "argument {} of {name}() must be {}, not {}",
                            i + 1,
                            t_name(*p),
                            self.show(s)
                        ),
                    ));
                }
            }
            let mut r = t_value(result, a.first());
            if (module, name) == ("builtins", "chr") {
                r = SomeValue::char();
            }
            return Ok(r);
        }
        let full = (module, name);
        match full {
            ("builtins", "len") => {
                let a = self.positional_only(at, name, args, 1, 1)?;
                self.len_of(at, &a[0])
            }
            ("builtins", "isinstance") => {
                let a = self.positional_only(at, name, args, 2, 2)?;
                Ok(self.isinstance(at, &a[0], &a[1]))
            }
            ("builtins", "print") => {
                for s in &args.positional {
                    self.annotate_printable(at, s, "print")?;
                }
                for (k, _) in &args.keywords {
                    if !matches!(&**k, "sep" | "end") {
                        return Err(self.error(at, format!("not supported yet: print(..., {k}=...) after translation")));
                    }
                }
                Ok(SomeValue::None)
            }
            ("builtins", "abs") => {
                let a = self.positional_only(at, name, args, 1, 1)?;
                self.consider_unary_abs(at, &a[0])
            }
            ("builtins", "min") | ("builtins", "max") => {
                let a = self.positional_only(at, name, args, 1, 8)?;
                let items: Vec<SomeValue> = if a.len() == 1 {
                    let it = self.iter_of(at, &a[0])?;
                    vec![self.next_of(at, &it)?]
                } else {
                    a
                };
                let mut u = SomeValue::Impossible;
                for s in &items {
                    if !matches!(s, SomeValue::Int { .. } | SomeValue::Bool { .. } | SomeValue::Float { .. } | SomeValue::Str { .. } | SomeValue::Char { .. }) {
                        return Err(self.error(at, format!("{name}() of {} is not supported", self.show(s))));
                    }
                    u = self.union(&u, s).map_err(|e| self.error(at, format!("{name}() of mixed types: {}", e.why)))?;
                }
                Ok(u.without_const())
            }
            ("builtins", "enumerate") | ("builtins", "reversed") => {
                let a = self.positional_only(at, name, args, 1, 1)?;
                let how = if name == "enumerate" { IterHow::Enumerate } else { IterHow::Reversed };
                if name == "reversed" && !matches!(a[0], SomeValue::List { .. } | SomeValue::Range { .. } | SomeValue::Str { .. }) {
                    return Err(self.error(at, format!("reversed() of {} is not supported", self.show(&a[0]))));
                }
                self.iter_of(at, &a[0])?;
                Ok(SomeValue::Iter { source: Rc::new(a[0].clone()), how })
            }
            ("builtins", "zip") => {
                let a = self.positional_only(at, name, args, 1, 4)?;
                for s in &a {
                    self.iter_of(at, s)?;
                }
                Ok(SomeValue::Iter { source: Rc::new(SomeValue::Tuple(Rc::from(a))), how: IterHow::Zip })
            }
            ("builtins", "iter") => {
                let a = self.positional_only(at, name, args, 1, 1)?;
                self.iter_of(at, &a[0])
            }
            ("builtins", "next") => {
                let a = self.positional_only(at, name, args, 1, 1)?;
                self.next_of(at, &a[0])
            }
            ("builtins", "repr") => {
                let a = self.positional_only(at, name, args, 1, 1)?;
                self.annotate_printable(at, &a[0], "repr")?;
                Ok(SomeValue::str())
            }
            ("builtins", "hasattr") | ("builtins", "getattr") => {
                let a = self.positional_only(at, name, args, 2, 3)?;
                let attr: Option<std::rc::Rc<str>> = match &a[1] {
                    SomeValue::Str { konst: Some(k), .. } => Some(k.clone()),
                    SomeValue::Char { konst: Some(c) } => Some(c.to_string().into()),
                    _ => None,
                };
                let Some(attr) = attr else {
                    return Err(self.error(at, format!("{name}() with a non-constant attribute name is not RPython"))
                        .with_note("attribute names must be compile-time constants; use an explicit if/elif chain or a dict"));
                };
                if name == "hasattr" {
                    return Ok(self.hasattr(&a[0], &attr));
                }
                self.getattr(at, &a[0], &attr, None)
            }
            ("builtins", "hash") | ("builtins", "id") => Err(self
                .error(at, format!("{name}() is not RPython"))
                .with_note(if name == "hash" {
                    "use rpython.rlib.objectmodel.compute_hash() (or compute_identity_hash() for instances)"
                } else {
                    "use rpython.rlib.objectmodel.compute_unique_id()"
                })),
            ("builtins", "sum") => {
                let a = self.positional_only(at, name, args, 1, 2)?;
                let it = self.iter_of(at, &a[0])?;
                let item = self.next_of(at, &it)?;
                let start = a.get(1).cloned().unwrap_or(SomeValue::const_int(0));
                let u = self.union(&item, &start).map_err(|e| self.error(at, e.why))?;
                Ok(u.without_const())
            }
            ("builtins", "any") | ("builtins", "all") => {
                let a = self.positional_only(at, name, args, 1, 1)?;
                self.iter_of(at, &a[0])?;
                Ok(SomeValue::bool())
            }
            ("builtins", "divmod") => {
                let a = self.positional_only(at, name, args, 2, 2)?;
                let q = self.consider_binary(at, flowgraph::OpName::FloorDiv, &a[0], &a[1])?;
                let r = self.consider_binary(at, flowgraph::OpName::Mod, &a[0], &a[1])?;
                Ok(SomeValue::Tuple(Rc::from(vec![q, r])))
            }
            ("rpython.rlib.rfloat", "double_to_string") => {
                let a = self.positional_only(at, name, args, 4, 4)?;
                let ok = matches_t(T::Num, &a[0]) && matches_t(T::Str, &a[1]) && matches_t(T::Int, &a[2]) && matches_t(T::Int, &a[3]);
                if !ok {
                    return Err(self.error(at, "double_to_string() takes (float, str, int, int)"));
                }
                Ok(SomeValue::Tuple(Rc::from(vec![SomeValue::str(), SomeValue::nonneg_int()])))
            }
            ("math", "frexp") | ("math", "modf") => {
                let a = self.positional_only(at, name, args, 1, 1)?;
                if !matches_t(T::Num, &a[0]) {
                    return Err(self.error(at, format!("math.{name}() of {}", self.show(&a[0]))));
                }
                let second = if name == "frexp" { SomeValue::int() } else { SomeValue::float() };
                Ok(SomeValue::Tuple(Rc::from(vec![SomeValue::float(), second])))
            }
            // `Exception.__init__(self, msg)`, `object.__init__(self)`: the
            // builtin constructors initialise nothing RPython keeps.
            ("builtins", "object.__init__") | ("builtins", "BaseException.__init__") => {
                if args.positional.is_empty() {
                    return Err(self.error(at, format!("{name}() needs the instance as its first argument")));
                }
                Ok(SomeValue::None)
            }
            ("builtins", "super") => {
                let a = self.positional_only(at, name, args, 2, 2)?;
                let after = match &a[0] {
                    SomeValue::Pbc { descs, .. } if descs.len() == 1 => match &descs[0] {
                        Desc::Class(c) => *c,
                        _ => return Err(self.error(at, "super() needs a class as its first argument")),
                    },
                    _ => return Err(self.error(at, "super() needs a constant class as its first argument")),
                };
                Ok(SomeValue::Super { after, receiver: Rc::new(a[1].clone()) })
            }
            ("rpython.rlib.rarithmetic", "ovfcheck") => {
                let a = self.positional_only(at, name, args, 1, 1)?;
                Ok(a[0].clone())
            }
            ("rpython.rlib.objectmodel", "we_are_translated") => Ok(SomeValue::Bool { konst: Some(true), ktd: None }),
            ("rpython.rlib.objectmodel", "instantiate") => {
                let a = self.positional_only(at, name, args, 1, 2)?;
                match &a[0] {
                    SomeValue::Pbc { descs, .. } if descs.iter().all(|d| matches!(d, Desc::Class(_))) => {
                        let mut u = SomeValue::Impossible;
                        for d in descs.iter() {
                            let Desc::Class(c) = d else { unreachable!() };
                            let cd = self.classdef(*c);
                            self.classdefs[cd.index()].instantiated = true;
                            self.annotate_destructor(at, cd);
                            u = self.union(&u, &SomeValue::instance(cd)).map_err(|e| self.error(at, e.why))?;
                        }
                        Ok(u)
                    }
                    other => Err(self.error(at, format!("instantiate() needs a class, not {}", self.show(other)))),
                }
            }
            ("rpython.rlib.objectmodel", "newlist_hint") => {
                let span = self.graphs[at.graph.index()].op_span(at);
                Ok(self.new_list(SomeValue::Impossible, Some(span)))
            }
            ("rpython.rlib.objectmodel", "r_dict") => {
                let a = self.positional_only(at, name, args, 2, 3)?;
                let span = self.graphs[at.graph.index()].op_span(at);
                let d = self.new_dict(SomeValue::Impossible, SomeValue::Impossible, Some(span));
                let SomeValue::Dict { def, .. } = &d else { unreachable!() };
                self.dicts.get_mut(def.raw()).custom = Some((a[0].clone(), a[1].clone()));
                Ok(d)
            }
            ("rpython.rlib.jit", "hint") => Ok(args.positional.first().cloned().unwrap_or(SomeValue::None)),
            ("rpython.rlib.debug", "check_nonneg") => {
                let a = self.positional_only(at, name, args, 1, 1)?;
                Ok(match &a[0] {
                    SomeValue::Int { ty, konst, .. } => SomeValue::Int { ty: *ty, nonneg: true, konst: *konst },
                    other => other.clone(),
                })
            }
            ("rpython.rlib.debug", "debug_print") => Ok(SomeValue::None),
            ("rpython.rlib.rstring", "StringBuilder") | ("rpython.rlib.rstring", "UnicodeBuilder") => {
                self.positional_only(at, name, args, 0, 1)?;
                Ok(SomeValue::StringBuilder { bytes: false })
            }
            ("rpython.rlib.rstring", "ByteStringBuilder") => {
                self.positional_only(at, name, args, 0, 1)?;
                Ok(SomeValue::StringBuilder { bytes: true })
            }
            ("rpython.rlib.rbigint", _) => {
                let a = self.positional_only(at, name, args, 1, 2)?;
                let ok = match name {
                    "rbigint.fromint" | "rbigint.frombool" => matches!(a[0], SomeValue::Int { .. } | SomeValue::Bool { .. }),
                    "rbigint.fromfloat" => matches!(a[0], SomeValue::Float { .. } | SomeValue::Int { .. }),
                    _ => matches!(a[0], SomeValue::Str { nullable: false, .. } | SomeValue::Char { .. }),
                };
                if !ok {
                    return Err(self.error(at, format!("{name}() of {} is not supported", self.show(&a[0]))));
                }
                Ok(SomeValue::BigInt { nullable: false })
            }
            ("rpython.rlib.rfile", "create_stdio") => {
                self.positional_only(at, name, args, 0, 0)?;
                let f = SomeValue::File { nullable: false, binary: false };
                Ok(SomeValue::Tuple(Rc::from(vec![f.clone(), f.clone(), f])))
            }
            ("rpython.rlib.rfile", "create_file")
            | ("rpython.rlib.rfile", "create_fdopen_rfile")
            | ("rpython.rlib.streamio", "open_file_as_stream")
            | ("rpython.rlib.streamio", "fdopen_as_stream") => {
                let a = self.positional_only(at, name, args, 1, 3)?;
                let binary = match a.get(1) {
                    None => false,
                    Some(SomeValue::Str { konst: Some(m), .. }) => m.contains('b'),
                    Some(SomeValue::Char { konst: Some(m) }) => *m == 'b',
                    Some(other) => {
                        return Err(self.error(at, format!("the mode of {name}() must be a constant, not {}", self.show(other))));
                    }
                };
                Ok(SomeValue::File { nullable: false, binary })
            }
            ("sys", "exit") => Err(self.error(at, "sys.exit() is only available untranslated; return an exit code from entry_point instead")),
            ("builtins", "eval" | "exec" | "compile") => Err(self
                .error(at, format!("{name}() at run time is not RPython: a translated program cannot compile Python source"))
                .with_note(format!("call {name}() at import time (module level or in code run by `target`), where the generated functions become part of the program"))),
            _ => Err(self.error(at, format!("not supported yet: calling {module}.{name}() at run time"))),
        }
    }

    fn range_call(&mut self, at: OpPos, args: &CallArgs) -> OpResult {
        let name = "range";
        let a = self.positional_only(at, name, args, 1, 3)?;
        for s in &a {
            if !matches!(
                s,
                SomeValue::Int {
                    ty: IntType::Int,
                    ..
                } | SomeValue::Bool { .. }
            ) {
                return Err(self.error(
                    at,
                    format!("range() arguments must be ints, not {}", self.show(s)),
                ));
            }
        }
        let nonneg = |s: &SomeValue| {
            matches!(
                s,
                SomeValue::Int { nonneg: true, .. } | SomeValue::Bool { .. }
            )
        };
        let ok = match a.len() {
            1 => true,
            2 => nonneg(&a[0]),
            _ => nonneg(&a[0]) && matches!(a[2], SomeValue::Int { konst: Some(k), .. } if k > 0),
        };
        Ok(SomeValue::Range { nonneg: ok })
    }

    fn consider_unary_abs(&mut self, at: OpPos, s: &SomeValue) -> OpResult {
        match s {
            SomeValue::Int { ty, .. } => Ok(SomeValue::Int {
                ty: *ty,
                nonneg: true,
                konst: None,
            }),
            SomeValue::Bool { .. } => Ok(SomeValue::nonneg_int()),
            SomeValue::Float { .. } => Ok(SomeValue::float()),
            other => Err(self.error(
                at,
                format!("bad operand type for abs(): {}", self.show(other)),
            )),
        }
    }

    /// Runs the rule of a binary op directly (for builtins defined by them).
    fn consider_binary(
        &mut self,
        at: OpPos,
        name: flowgraph::OpName,
        a: &SomeValue,
        b: &SomeValue,
    ) -> OpResult {
        let op = flowgraph::Op {
            name,
            args: vec![flowgraph::Value::Const(flowgraph::Constant::None); 2],
            result: flowgraph::VarId(0),
            span: self.graphs[at.graph.index()].op_span(at),
        };
        self.consider_op(at, &op, &[a.clone(), b.clone()])
    }

    fn hasattr(&mut self, obj: &SomeValue, name: &str) -> SomeValue {
        let konst = match obj {
            SomeValue::Instance { class, .. } => {
                let c = *class;
                Some(
                    self.class_lookup(c, name).is_some()
                        || self
                            .subtree(c)
                            .iter()
                            .any(|k| self.classdefs[k.index()].attrs.contains_key(name)),
                )
            }
            _ => None,
        };
        SomeValue::Bool { konst, ktd: None }
    }

    fn isinstance(&mut self, at: OpPos, obj: &SomeValue, cls: &SomeValue) -> SomeValue {
        let var = {
            let op = &self.graphs[at.graph.index()].graph.block(at.block).ops[at.index];
            match op.name {
                flowgraph::OpName::SimpleCall => op.args.get(1).and_then(|a| a.as_var()),
                _ => None,
            }
        };
        let classes: Vec<ObjRef> = match cls {
            SomeValue::Pbc { descs, .. } => descs
                .iter()
                .filter_map(|d| match d {
                    Desc::Class(c) => Some(*c),
                    _ => None,
                })
                .collect(),
            SomeValue::Tuple(items) => items
                .iter()
                .filter_map(|s| match s {
                    SomeValue::Pbc { descs, .. } if descs.len() == 1 => match &descs[0] {
                        Desc::Class(c) => Some(*c),
                        _ => None,
                    },
                    _ => None,
                })
                .collect(),
            _ => vec![],
        };
        let mut narrow: Option<Narrow> = None;
        // Folded when the annotation decides it: true if one class surely
        // matches, false if none can (so an `argtype` specialization keeps
        // only the branch for its argument's type).
        let (mut any_true, mut all_false) = (false, !classes.is_empty());
        for c in classes {
            let kind = self.interp.heap.as_class(c).map(|k| k.kind);
            let matches = match kind {
                Some(frontend::heap::ClassKind::Builtin(bt)) => {
                    let m = builtin_isinstance(bt, obj);
                    if m != Some(true) && obj.can_be_none() {
                        narrow = Some(Narrow::NotNone);
                    }
                    m
                }
                Some(_) => {
                    let cd = self.classdef(c);
                    narrow = Some(match narrow {
                        Some(Narrow::Instance(prev)) => {
                            Narrow::Instance(self.common_base(prev, cd).unwrap_or(prev))
                        }
                        _ => Narrow::Instance(cd),
                    });
                    match obj {
                        SomeValue::Instance { class, nullable } => {
                            if !*nullable && self.is_subclassdef(*class, cd) {
                                Some(true)
                            } else if !self.is_subclassdef(*class, cd)
                                && !self.is_subclassdef(cd, *class)
                            {
                                Some(false)
                            } else {
                                None
                            }
                        }
                        other => value_kind(other).map(|_| false),
                    }
                }
                None => None,
            };
            any_true |= matches == Some(true);
            all_false &= matches == Some(false);
        }
        let konst = if any_true {
            Some(true)
        } else if all_false {
            Some(false)
        } else {
            None
        };
        let ktd = match (var, narrow) {
            (Some(v), Some(n)) if konst.is_none() => facts(vec![(v, n)], vec![]),
            _ => None,
        };
        SomeValue::Bool { konst, ktd }
    }

    /// Calls of builtin types: conversions and constructors.
    pub fn call_builtin_type(
        &mut self,
        at: OpPos,
        t: BuiltinType,
        class: ObjRef,
        args: &CallArgs,
    ) -> OpResult {
        let cname = self
            .interp
            .heap
            .as_class(class)
            .map(|c| c.name.to_string())
            .unwrap_or_default();
        let name = cname.as_str();
        match t {
            BuiltinType::Int => {
                let a = self.positional_only(at, name, args, 0, 2)?;
                match a.as_slice() {
                    [] => Ok(SomeValue::const_int(0)),
                    [SomeValue::Int {
                        ty: IntType::Int,
                        nonneg,
                        ..
                    }] => Ok(SomeValue::Int {
                        ty: IntType::Int,
                        nonneg: *nonneg,
                        konst: None,
                    }),
                    [SomeValue::Int { .. }
                    | SomeValue::Bool { .. }
                    | SomeValue::Float { .. }
                    | SomeValue::Str {
                        nullable: false, ..
                    }
                    | SomeValue::Char { .. }] => Ok(SomeValue::int()),
                    [SomeValue::Str {
                        nullable: false, ..
                    }
                    | SomeValue::Char { .. }, SomeValue::Int { .. }] => Ok(SomeValue::int()),
                    _ => Err(self.error(
                        at,
                        format!(
                            "int() of {} is not supported",
                            a.iter()
                                .map(|s| self.show(s))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    )),
                }
            }
            BuiltinType::Float => {
                let a = self.positional_only(at, name, args, 0, 1)?;
                match a.first() {
                    None
                    | Some(
                        SomeValue::Int { .. }
                        | SomeValue::Bool { .. }
                        | SomeValue::Float { .. }
                        | SomeValue::Str {
                            nullable: false, ..
                        }
                        | SomeValue::Char { .. },
                    ) => Ok(SomeValue::float()),
                    Some(other) => Err(self.error(
                        at,
                        format!("float() of {} is not supported", self.show(other)),
                    )),
                }
            }
            BuiltinType::Bool => {
                let a = self.positional_only(at, name, args, 0, 1)?;
                Ok(match a.first() {
                    None => SomeValue::Bool {
                        konst: Some(false),
                        ktd: None,
                    },
                    Some(s) => self.truth(s, None),
                })
            }
            BuiltinType::Str => {
                let a = self.positional_only(at, name, args, 0, 1)?;
                if let Some(s) = a.first() {
                    self.annotate_printable(at, s, "str")?;
                }
                Ok(SomeValue::str())
            }
            BuiltinType::Bytes => {
                let a = self.positional_only(at, name, args, 0, 1)?;
                match a.first() {
                    None => Ok(SomeValue::Bytes {
                        nullable: false,
                        konst: Some(Rc::from(&b""[..])),
                    }),
                    Some(SomeValue::List { .. }) => Ok(SomeValue::bytes()),
                    Some(other) => Err(self.error(
                        at,
                        format!("bytes() of {} is not supported", self.show(other)),
                    )),
                }
            }
            BuiltinType::List => {
                let a = self.positional_only(at, name, args, 0, 1)?;
                let span = self.graphs[at.graph.index()].op_span(at);
                let item = match a.first() {
                    None => SomeValue::Impossible,
                    Some(s) => {
                        let it = self.iter_of(at, s)?;
                        let item = match it {
                            SomeValue::Iter { source, how } => self.iter_item(at, &source, how),
                            // An iterator object (a generator): its `__next__`
                            // (which may never return: the list is empty).
                            SomeValue::Instance { .. } => {
                                let item = self.next_of(at, &it)?;
                                let list = self.new_list(item, Some(span));
                                if let SomeValue::List { def, .. } = &list {
                                    self.lists.get_mut(def.raw()).resized = true;
                                }
                                return Ok(list);
                            }
                            // `__iter__` has not returned yet.
                            SomeValue::Impossible => return Ok(SomeValue::Impossible),
                            _ => {
                                return Err(self.error(
                                    at,
                                    format!("list() of {} is not supported", self.show(s)),
                                ))
                            }
                        };
                        if item.is_impossible() {
                            return Ok(SomeValue::Impossible);
                        }
                        // The rtyper fills a list from an iterator, a dict
                        // (view), a tuple or bytes by appending.
                        if !matches!(
                            s,
                            SomeValue::List { .. }
                                | SomeValue::Str { .. }
                                | SomeValue::Char { .. }
                                | SomeValue::Range { .. }
                        ) {
                            let list = self.new_list(item, Some(span));
                            if let SomeValue::List { def, .. } = &list {
                                self.lists.get_mut(def.raw()).resized = true;
                            }
                            return Ok(list);
                        }
                        item
                    }
                };
                Ok(self.new_list(item, Some(span)))
            }
            BuiltinType::Dict => {
                let a = self.positional_only(at, name, args, 0, 0)?;
                let _ = a;
                let span = self.graphs[at.graph.index()].op_span(at);
                Ok(self.new_dict(SomeValue::Impossible, SomeValue::Impossible, Some(span)))
            }
            BuiltinType::Tuple => {
                let a = self.positional_only(at, name, args, 0, 1)?;
                match a.first() {
                    None => Ok(SomeValue::Tuple(Rc::from(vec![]))),
                    Some(SomeValue::Tuple(t)) => Ok(SomeValue::Tuple(t.clone())),
                    Some(other) => Err(self.error(
                        at,
                        format!(
                            "tuple() of {} is not RPython (a tuple's length must be known)",
                            self.show(other)
                        ),
                    )),
                }
            }
            BuiltinType::Range => self.range_call(at, args),
            BuiltinType::SizedInt(k) => {
                let a = self.positional_only(at, name, args, 0, 1)?;
                match a.first() {
                    None
                    | Some(
                        SomeValue::Int { .. } | SomeValue::Bool { .. } | SomeValue::Float { .. },
                    ) => Ok(SomeValue::Int {
                        ty: IntType::Sized(k),
                        nonneg: !k.signed(),
                        konst: None,
                    }),
                    Some(other) => Err(self.error(
                        at,
                        format!("{}() of {} is not supported", k.py_name(), self.show(other)),
                    )),
                }
            }
            BuiltinType::Set | BuiltinType::FrozenSet => Err(self
                .error(at, format!("{name}() at run time is not RPython"))
                .with_note("there is no set at run time: use a dict with True values")),
            _ => Err(self.error(
                at,
                format!("not supported yet: calling {name}() at run time"),
            )),
        }
    }
}

/// The builtin type of the values an annotation describes, when it is one
/// of the types `isinstance` can decide (None for sized ints, PBCs...).
fn value_kind(s: &SomeValue) -> Option<BuiltinType> {
    Some(match s {
        SomeValue::None => BuiltinType::NoneType,
        SomeValue::Bool { .. } => BuiltinType::Bool,
        SomeValue::Int {
            ty: IntType::Int, ..
        } => BuiltinType::Int,
        SomeValue::Float { .. } => BuiltinType::Float,
        SomeValue::Char { .. } | SomeValue::Str { .. } => BuiltinType::Str,
        SomeValue::Bytes { .. } => BuiltinType::Bytes,
        SomeValue::List { .. } => BuiltinType::List,
        SomeValue::Dict { .. } => BuiltinType::Dict,
        SomeValue::Tuple(_) => BuiltinType::Tuple,
        SomeValue::Instance { .. } => BuiltinType::Object,
        _ => return None,
    })
}

/// `isinstance(obj, bt)` for a builtin type, when the annotation decides
/// it (a value that may be None is decided only when its type is not `bt`).
fn builtin_isinstance(bt: BuiltinType, obj: &SomeValue) -> Option<bool> {
    if bt == BuiltinType::Object {
        return (!obj.can_be_none()).then_some(true);
    }
    let kind = value_kind(obj)?;
    // A user instance is of none of the builtin types (RPython classes
    // cannot subclass them); a bool is an int.
    let same = kind == bt || (kind == BuiltinType::Bool && bt == BuiltinType::Int);
    if !same {
        Some(false)
    } else if obj.can_be_none() {
        None
    } else {
        Some(true)
    }
}
