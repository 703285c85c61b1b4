//! Methods of builtin values: str, bytes, list, dict, StringBuilder, and
//! the JitDriver's `jit_merge_point` / `can_enter_jit`.
//!
//! [`METHODS`] lists, per receiver kind, the methods RPython-3 supports; a
//! method missing from it is an error at the `getattr`. The rule computing
//! each call's result is in [`Annotator::call_method`].

use std::rc::Rc;

use crate::calls::CallArgs;
use crate::model::{Desc, IterHow, OpPos, SomeValue};
use crate::ops::OpResult;
use crate::Annotator;

#[derive(Clone, Copy, PartialEq, Debug)]
enum Recv {
    Str,
    Bytes,
    List,
    Dict,
    Builder,
    JitDriver,
    BigInt,
    File,
}

static METHODS: &[(Recv, &[&str])] = &[
    (
        Recv::Str,
        &[
            "join",
            "split",
            "rsplit",
            "splitlines",
            "strip",
            "lstrip",
            "rstrip",
            "replace",
            "find",
            "rfind",
            "index",
            "rindex",
            "count",
            "startswith",
            "endswith",
            "upper",
            "lower",
            "capitalize",
            "title",
            "swapcase",
            "isdigit",
            "isalpha",
            "isspace",
            "isalnum",
            "isupper",
            "islower",
            "isdecimal",
            "isnumeric",
            "isidentifier",
            "encode",
            "ljust",
            "rjust",
            "center",
            "zfill",
            "partition",
            "rpartition",
            "format",
        ],
    ),
    (
        Recv::Bytes,
        &[
            "decode",
            "join",
            "split",
            "rsplit",
            "strip",
            "lstrip",
            "rstrip",
            "replace",
            "find",
            "rfind",
            "index",
            "count",
            "startswith",
            "endswith",
            "upper",
            "lower",
            "isdigit",
            "isalpha",
            "isspace",
            "isalnum",
        ],
    ),
    (
        Recv::List,
        &[
            "append", "pop", "insert", "extend", "reverse", "index", "remove", "count", "sort",
            "copy", "clear",
        ],
    ),
    (
        Recv::Dict,
        &[
            "get",
            "setdefault",
            "pop",
            "keys",
            "values",
            "items",
            "clear",
            "update",
            "copy",
            "popitem",
        ],
    ),
    (
        Recv::Builder,
        &[
            "append",
            "append_char",
            "append_slice",
            "append_multiple_char",
            "build",
            "getlength",
        ],
    ),
    (Recv::JitDriver, &["jit_merge_point", "can_enter_jit"]),
    (
        Recv::File,
        &[
            "read",
            "readline",
            "write",
            "flush",
            "seek",
            "tell",
            "truncate",
            "fileno",
            "isatty",
            // streamio's streams are files with two more methods.
            "readall",
            "try_to_find_file_descriptor",
            "close",
            "__enter__",
            "__exit__",
        ],
    ),
];

/// Methods of `rbigint`: (name, argument, result). The binary operations
/// also exist with an `int_` prefix taking a plain int.
static BIGINT_METHODS: &[(&str, BigArg, BigRet)] = &[
    ("add", BigArg::Big, BigRet::Big),
    ("sub", BigArg::Big, BigRet::Big),
    ("mul", BigArg::Big, BigRet::Big),
    ("floordiv", BigArg::Big, BigRet::Big),
    ("mod", BigArg::Big, BigRet::Big),
    ("and_", BigArg::Big, BigRet::Big),
    ("or_", BigArg::Big, BigRet::Big),
    ("xor", BigArg::Big, BigRet::Big),
    ("pow", BigArg::Big, BigRet::Big),
    ("eq", BigArg::Big, BigRet::Bool),
    ("ne", BigArg::Big, BigRet::Bool),
    ("lt", BigArg::Big, BigRet::Bool),
    ("le", BigArg::Big, BigRet::Bool),
    ("gt", BigArg::Big, BigRet::Bool),
    ("ge", BigArg::Big, BigRet::Bool),
    ("truediv", BigArg::Big, BigRet::Float),
    ("divmod", BigArg::Big, BigRet::Pair),
    ("lshift", BigArg::Int, BigRet::Big),
    ("rshift", BigArg::Int, BigRet::Big),
    ("neg", BigArg::None, BigRet::Big),
    ("abs", BigArg::None, BigRet::Big),
    ("invert", BigArg::None, BigRet::Big),
    ("toint", BigArg::None, BigRet::Int),
    ("touint", BigArg::None, BigRet::Uint),
    ("toulonglong", BigArg::None, BigRet::Uint),
    ("tolong", BigArg::None, BigRet::Int),
    ("tofloat", BigArg::None, BigRet::Float),
    ("tobool", BigArg::None, BigRet::Bool),
    ("str", BigArg::None, BigRet::Str),
    ("hex", BigArg::None, BigRet::Str),
    ("oct", BigArg::None, BigRet::Str),
    ("bin", BigArg::None, BigRet::Str),
    ("repr", BigArg::None, BigRet::Str),
    ("hash", BigArg::None, BigRet::Int),
    ("bit_length", BigArg::None, BigRet::NonNeg),
    ("is_odd", BigArg::None, BigRet::Bool),
    ("numdigits", BigArg::None, BigRet::NonNeg),
    ("log", BigArg::Float, BigRet::Float),
    ("format", BigArg::Str, BigRet::Str),
    ("tobytes", BigArg::Any, BigRet::Bytes),
];

#[derive(Clone, Copy, PartialEq)]
enum BigArg {
    None,
    Big,
    Int,
    Float,
    Str,
    Any,
}

#[derive(Clone, Copy, PartialEq)]
enum BigRet {
    Big,
    Bool,
    Int,
    NonNeg,
    Uint,
    Float,
    Str,
    Bytes,
    Pair,
}

fn bigint_method(name: &str) -> Option<(BigArg, BigRet)> {
    let (base, int_form) = match name.strip_prefix("int_") {
        Some(b) => (b, true),
        None => (name, false),
    };
    let (_, arg, ret) = BIGINT_METHODS.iter().find(|(n, _, _)| *n == base)?;
    if int_form {
        if *arg != BigArg::Big {
            return None;
        }
        return Some((BigArg::Int, *ret));
    }
    Some((*arg, *ret))
}

fn recv_kind(s: &SomeValue) -> Option<Recv> {
    Some(match s {
        SomeValue::Str { .. } | SomeValue::Char { .. } => Recv::Str,
        SomeValue::Bytes { .. } => Recv::Bytes,
        SomeValue::List { .. } => Recv::List,
        SomeValue::Dict { .. } => Recv::Dict,
        SomeValue::StringBuilder { .. } => Recv::Builder,
        SomeValue::BigInt { .. } => Recv::BigInt,
        SomeValue::File { .. } => Recv::File,
        SomeValue::Pbc { descs, .. } if descs.len() == 1 && matches!(descs[0], Desc::Frozen(_)) => {
            Recv::JitDriver
        }
        _ => return None,
    })
}

/// Whether values like `receiver` have a method `name`.
pub fn has_method(receiver: &SomeValue, name: &str) -> bool {
    let Some(k) = recv_kind(receiver) else {
        return false;
    };
    if k == Recv::BigInt {
        return bigint_method(name).is_some();
    }
    METHODS
        .iter()
        .any(|(r, names)| *r == k && names.contains(&name))
}

impl Annotator<'_> {
    fn expect_args(
        &self,
        at: OpPos,
        name: &str,
        args: &CallArgs,
        min: usize,
        max: usize,
    ) -> Result<Vec<SomeValue>, frontend::diag::Diagnostic> {
        if !args.keywords.is_empty() || args.star.is_some() {
            return Err(self.error(
                at,
                format!("not supported yet: keyword or *args arguments to the .{name}() method"),
            ));
        }
        self.check_arg_count(at, &format!(".{name}"), args.positional.len(), min, max)?;
        Ok(args.positional.clone())
    }

    fn expect_text(
        &self,
        at: OpPos,
        name: &str,
        s: &SomeValue,
        bytes: bool,
    ) -> Result<(), frontend::diag::Diagnostic> {
        // A str that may be None is accepted (as RPython does): the program
        // guarantees it is not None here.
        let ok = if bytes {
            matches!(s, SomeValue::Bytes { .. })
        } else {
            matches!(s, SomeValue::Str { .. } | SomeValue::Char { .. })
        };
        if ok {
            Ok(())
        } else {
            Err(self.error(
                at,
                format!(
                    "argument of .{name}() must be {}, not {}",
                    if bytes { "bytes" } else { "a str" },
                    self.show(s)
                ),
            ))
        }
    }

    pub fn call_method(
        &mut self,
        at: OpPos,
        name: &str,
        recv: &SomeValue,
        args: &CallArgs,
    ) -> OpResult {
        if name == "__init__" && matches!(recv, SomeValue::Super { .. } | SomeValue::Pbc { .. }) {
            // The `__init__` of `object` or of a builtin exception class.
            return Ok(SomeValue::None);
        }
        if let SomeValue::Instance { class, .. } = recv {
            return self.call_fq_method(at, name, *class, args);
        }
        match recv_kind(recv) {
            Some(Recv::Str) => self.str_method(at, name, args, false),
            Some(Recv::Bytes) => self.str_method(at, name, args, true),
            Some(Recv::List) => self.list_method(at, name, recv, args),
            Some(Recv::Dict) => self.dict_method(at, name, recv, args),
            Some(Recv::Builder) => {
                let SomeValue::StringBuilder { bytes } = recv else {
                    unreachable!()
                };
                let bytes = *bytes;
                match name {
                    "append" | "append_char" => {
                        let a = self.expect_args(at, name, args, 1, 1)?;
                        self.expect_text(at, name, &a[0], bytes)?;
                        Ok(SomeValue::None)
                    }
                    "append_slice" => {
                        let a = self.expect_args(at, name, args, 3, 3)?;
                        self.expect_text(at, name, &a[0], bytes)?;
                        Ok(SomeValue::None)
                    }
                    "append_multiple_char" => {
                        self.expect_args(at, name, args, 2, 2)?;
                        Ok(SomeValue::None)
                    }
                    "build" => {
                        self.expect_args(at, name, args, 0, 0)?;
                        Ok(if bytes {
                            SomeValue::bytes()
                        } else {
                            SomeValue::str()
                        })
                    }
                    _ => {
                        self.expect_args(at, name, args, 0, 0)?;
                        Ok(SomeValue::nonneg_int())
                    }
                }
            }
            Some(Recv::JitDriver) => Ok(SomeValue::None),
            Some(Recv::BigInt) => {
                let (arg, ret) = bigint_method(name).expect("checked at getattr");
                let a = match arg {
                    BigArg::None => self.expect_args(at, name, args, 0, 0)?,
                    BigArg::Any => self.expect_args(at, name, args, 0, 3)?,
                    BigArg::Big if name == "pow" => self.expect_args(at, name, args, 1, 2)?,
                    _ => self.expect_args(at, name, args, 1, 1)?,
                };
                let ok = match (arg, a.first()) {
                    (BigArg::Big, Some(s)) => matches!(s, SomeValue::BigInt { nullable: false }),
                    (BigArg::Int, Some(s)) => {
                        matches!(s, SomeValue::Int { .. } | SomeValue::Bool { .. })
                    }
                    (BigArg::Float, Some(s)) => {
                        matches!(s, SomeValue::Float { .. } | SomeValue::Int { .. })
                    }
                    (BigArg::Str, Some(s)) => matches!(
                        s,
                        SomeValue::Str {
                            nullable: false,
                            ..
                        } | SomeValue::Char { .. }
                    ),
                    _ => true,
                };
                if !ok {
                    let got = a.first().map(|s| self.show(s)).unwrap_or_default();
                    return Err(self.error(
                        at,
                        format!("wrong argument type for rbigint.{name}(): {got}"),
                    ));
                }
                Ok(match ret {
                    BigRet::Big => SomeValue::BigInt { nullable: false },
                    BigRet::Bool => SomeValue::bool(),
                    BigRet::Int => SomeValue::int(),
                    BigRet::NonNeg => SomeValue::nonneg_int(),
                    BigRet::Uint => SomeValue::Int {
                        ty: crate::IntType::Sized(flowgraph::IntKind::Unsigned),
                        nonneg: true,
                        konst: None,
                    },
                    BigRet::Float => SomeValue::float(),
                    BigRet::Str => SomeValue::str(),
                    BigRet::Bytes => SomeValue::bytes(),
                    BigRet::Pair => SomeValue::Tuple(Rc::from(vec![
                        SomeValue::BigInt { nullable: false },
                        SomeValue::BigInt { nullable: false },
                    ])),
                })
            }
            Some(Recv::File) => {
                let SomeValue::File { binary, .. } = recv else {
                    unreachable!()
                };
                let data = if *binary {
                    SomeValue::bytes()
                } else {
                    SomeValue::str()
                };
                match name {
                    "read" | "readline" => {
                        self.expect_args(at, name, args, 0, 1)?;
                        Ok(data)
                    }
                    "readall" => {
                        self.expect_args(at, name, args, 0, 0)?;
                        Ok(data)
                    }
                    "try_to_find_file_descriptor" => {
                        self.expect_args(at, name, args, 0, 0)?;
                        Ok(SomeValue::int())
                    }
                    "write" => {
                        let a = self.expect_args(at, name, args, 1, 1)?;
                        self.expect_text(at, name, &a[0], *binary)?;
                        Ok(SomeValue::None)
                    }
                    "flush" | "close" => {
                        self.expect_args(at, name, args, 0, 0)?;
                        Ok(SomeValue::None)
                    }
                    "seek" => {
                        self.expect_args(at, name, args, 1, 2)?;
                        Ok(SomeValue::None)
                    }
                    "truncate" => {
                        self.expect_args(at, name, args, 0, 1)?;
                        Ok(SomeValue::None)
                    }
                    "tell" | "fileno" => {
                        self.expect_args(at, name, args, 0, 0)?;
                        Ok(SomeValue::nonneg_int())
                    }
                    "isatty" => {
                        self.expect_args(at, name, args, 0, 0)?;
                        Ok(SomeValue::bool())
                    }
                    "__enter__" => Ok(recv.with_nullable(false).expect("files are nullable")),
                    _ => Ok(SomeValue::None),
                }
            }
            None => Err(self.error(at, format!("{} has no method `{name}`", self.show(recv)))),
        }
    }

    fn str_method(&mut self, at: OpPos, name: &str, args: &CallArgs, bytes: bool) -> OpResult {
        let text = || {
            if bytes {
                SomeValue::bytes()
            } else {
                SomeValue::str()
            }
        };
        let span = self.graphs[at.graph.index()].op_span(at);
        let normalized;
        let args =
            if args.keywords.is_empty() {
                args
            } else {
                let mut positional = args.positional.clone();
                crate::methodkw::to_positional(name, &mut positional, args.keywords.clone(), |d| {
                    match d {
                        crate::methodkw::KwDefault::None => SomeValue::None,
                        crate::methodkw::KwDefault::Str(k) => SomeValue::Str {
                            nullable: false,
                            konst: Some(Rc::from(k)),
                        },
                    }
                })
                .map_err(|e| self.error(at, e))?;
                normalized = CallArgs {
                    positional,
                    keywords: Vec::new(),
                    star: args.star.clone(),
                };
                &normalized
            };
        match name {
            "join" => {
                let a = self.expect_args(at, name, args, 1, 1)?;
                let item = match &a[0] {
                    SomeValue::List { def, .. } => {
                        let d = self.lists.get_mut(def.raw());
                        d.readers.insert(at.pos());
                        d.item.clone()
                    }
                    SomeValue::Tuple(items) => {
                        let mut u = SomeValue::Impossible;
                        for i in items.iter() {
                            u = self.union(&u, i).map_err(|e| self.error(at, e.why))?;
                        }
                        u
                    }
                    other => {
                        return Err(self.error(
                            at,
                            format!(".join() needs a list, not {}", self.show(other)),
                        ))
                    }
                };
                if !item.is_impossible() {
                    self.expect_text(at, name, &item, bytes)?;
                }
                Ok(text())
            }
            "split" | "rsplit" | "splitlines" => {
                let a = self.expect_args(at, name, args, 0, 2)?;
                if let Some(sep) = a.first() {
                    if name != "splitlines" && !matches!(sep, SomeValue::None) {
                        self.expect_text(at, name, sep, bytes)?;
                    }
                }
                Ok(self.new_list(text(), Some(span)))
            }
            "strip" | "lstrip" | "rstrip" => {
                let a = self.expect_args(at, name, args, 0, 1)?;
                if let Some(c) = a.first() {
                    self.expect_text(at, name, c, bytes)?;
                }
                Ok(text())
            }
            "replace" => {
                let a = self.expect_args(at, name, args, 2, 3)?;
                self.expect_text(at, name, &a[0], bytes)?;
                self.expect_text(at, name, &a[1], bytes)?;
                Ok(text())
            }
            "find" | "rfind" | "index" | "rindex" | "count" => {
                let a = self.expect_args(at, name, args, 1, 3)?;
                self.expect_text(at, name, &a[0], bytes)?;
                Ok(if matches!(name, "index" | "rindex" | "count") {
                    SomeValue::nonneg_int()
                } else {
                    SomeValue::int()
                })
            }
            "startswith" | "endswith" => {
                let a = self.expect_args(at, name, args, 1, 3)?;
                self.expect_text(at, name, &a[0], bytes)?;
                Ok(SomeValue::bool())
            }
            "upper" | "lower" | "capitalize" | "title" | "swapcase" => {
                // A str even for a character: some case mappings give
                // several characters (`'ß'.upper() == 'SS'`).
                self.expect_args(at, name, args, 0, 0)?;
                Ok(text())
            }
            "isdigit" | "isalpha" | "isspace" | "isalnum" | "isupper" | "islower" | "isdecimal"
            | "isnumeric" | "isidentifier" => {
                self.expect_args(at, name, args, 0, 0)?;
                Ok(SomeValue::bool())
            }
            "encode" => {
                self.expect_args(at, name, args, 0, 2)?;
                Ok(SomeValue::bytes())
            }
            "decode" => {
                self.expect_args(at, name, args, 0, 2)?;
                Ok(SomeValue::str())
            }
            "ljust" | "rjust" | "center" | "zfill" => {
                self.expect_args(at, name, args, 1, 2)?;
                Ok(text())
            }
            "partition" | "rpartition" => {
                let a = self.expect_args(at, name, args, 1, 1)?;
                self.expect_text(at, name, &a[0], bytes)?;
                Ok(SomeValue::Tuple(Rc::from(vec![text(), text(), text()])))
            }
            _ => Err(self.error(at, format!("not supported yet: str.{name}() at run time"))),
        }
    }

    fn list_method(
        &mut self,
        at: OpPos,
        name: &str,
        recv: &SomeValue,
        args: &CallArgs,
    ) -> OpResult {
        let SomeValue::List { def, .. } = recv else {
            unreachable!()
        };
        let def = *def;
        let read = |this: &mut Self| {
            let d = this.lists.get_mut(def.raw());
            d.readers.insert(at.pos());
            d.item.clone()
        };
        let resizing = matches!(
            name,
            "append" | "pop" | "insert" | "extend" | "remove" | "clear"
        );
        if resizing || matches!(name, "reverse" | "sort") {
            self.check_not_frozen_list(at, def, &format!(".{name}()"))?;
            let d = self.lists.get_mut(def.raw());
            if resizing {
                d.resized = true;
            } else {
                d.mutated = true;
            }
        }
        match name {
            "append" => {
                let a = self.expect_args(at, name, args, 1, 1)?;
                self.list_add_item(at, def, &a[0])?;
                Ok(SomeValue::None)
            }
            "insert" => {
                let a = self.expect_args(at, name, args, 2, 2)?;
                self.list_add_item(at, def, &a[1])?;
                Ok(SomeValue::None)
            }
            "extend" => {
                let a = self.expect_args(at, name, args, 1, 1)?;
                let it = self.iter_of(at, &a[0])?;
                let SomeValue::Iter { source, how } = it else {
                    return Err(self.error(at, format!(".extend() of {}", self.show(&a[0]))));
                };
                let item = self.iter_item(at, &source, how);
                if item.is_impossible() {
                    return Ok(SomeValue::None);
                }
                self.list_add_item(at, def, &item)?;
                Ok(SomeValue::None)
            }
            "pop" => {
                self.expect_args(at, name, args, 0, 1)?;
                Ok(read(self))
            }
            "reverse" | "clear" => {
                self.expect_args(at, name, args, 0, 0)?;
                Ok(SomeValue::None)
            }
            "sort" => {
                // `key` and `reverse` are keyword-only (as in CPython).
                for (k, _) in &args.keywords {
                    match &**k {
                        "reverse" => {}
                        "key" => {
                            return Err(self
                                .error(at, "not supported yet: list.sort() with a key function"))
                        }
                        other => {
                            return Err(self.error(
                                at,
                                format!("sort() got an unexpected keyword argument '{other}'"),
                            ))
                        }
                    }
                }
                let positional = CallArgs {
                    keywords: Vec::new(),
                    ..args.clone()
                };
                self.expect_args(at, name, &positional, 0, 0)?;
                let item = read(self);
                if !matches!(
                    item,
                    SomeValue::Impossible
                        | SomeValue::Int { .. }
                        | SomeValue::Bool { .. }
                        | SomeValue::Float { .. }
                        | SomeValue::Str {
                            nullable: false,
                            ..
                        }
                        | SomeValue::Char { .. }
                ) {
                    return Err(self.error(
                        at,
                        format!(
                            "sort() of a list of {} is not supported (only ints, floats and strs)",
                            self.show(&item)
                        ),
                    ));
                }
                Ok(SomeValue::None)
            }
            "index" | "count" | "remove" => {
                let a = self.expect_args(at, name, args, 1, 1)?;
                let item = read(self);
                if !item.is_impossible() {
                    self.union(&item, &a[0])
                        .map_err(|e| self.error(at, format!(".{name}(): {}", e.why)))?;
                }
                Ok(if name == "remove" {
                    SomeValue::None
                } else {
                    SomeValue::nonneg_int()
                })
            }
            "copy" => {
                self.expect_args(at, name, args, 0, 0)?;
                let item = read(self);
                let span = self.graphs[at.graph.index()].op_span(at);
                Ok(self.new_list(item, Some(span)))
            }
            _ => Err(self.error(at, format!("not supported yet: list.{name}()"))),
        }
    }

    fn dict_method(
        &mut self,
        at: OpPos,
        name: &str,
        recv: &SomeValue,
        args: &CallArgs,
    ) -> OpResult {
        let SomeValue::Dict { def, .. } = recv else {
            unreachable!()
        };
        let def = *def;
        let read = |this: &mut Self| {
            let d = this.dicts.get_mut(def.raw());
            d.readers.insert(at.pos());
            (d.key.clone(), d.value.clone())
        };
        if matches!(name, "setdefault" | "pop" | "clear" | "update" | "popitem") {
            self.check_not_frozen_dict(at, def, &format!(".{name}()"))?;
        }
        match name {
            "get" => {
                let a = self.expect_args(at, name, args, 1, 2)?;
                self.dict_add_key(at, def, &a[0])?;
                let (_, v) = read(self);
                let default = a.get(1).cloned().unwrap_or(SomeValue::None);
                if v.is_impossible() {
                    return Ok(default);
                }
                self.union(&v, &default).map_err(|e| {
                    self.error(
                        at,
                        format!(
                            "the default of .get() does not match the dict's values: {}",
                            e.why
                        ),
                    )
                })
            }
            "setdefault" => {
                let a = self.expect_args(at, name, args, 2, 2)?;
                self.dict_add_key(at, def, &a[0])?;
                self.dict_add_value(at, def, &a[1])?;
                Ok(read(self).1)
            }
            "pop" => {
                let a = self.expect_args(at, name, args, 1, 2)?;
                self.dict_add_key(at, def, &a[0])?;
                let (_, v) = read(self);
                match a.get(1) {
                    Some(d) => self.union(&v, d).map_err(|e| self.error(at, e.why)),
                    None => Ok(v),
                }
            }
            "keys" | "values" | "items" => {
                self.expect_args(at, name, args, 0, 0)?;
                let how = match name {
                    "keys" => IterHow::Keys,
                    "values" => IterHow::Values,
                    _ => IterHow::Items,
                };
                Ok(SomeValue::Iter {
                    source: Rc::new(recv.clone()),
                    how,
                })
            }
            "clear" => {
                self.expect_args(at, name, args, 0, 0)?;
                Ok(SomeValue::None)
            }
            "update" => {
                let a = self.expect_args(at, name, args, 1, 1)?;
                let SomeValue::Dict { def: other, .. } = &a[0] else {
                    return Err(self.error(
                        at,
                        format!(".update() needs a dict, not {}", self.show(&a[0])),
                    ));
                };
                let (k, v) = {
                    let d = self.dicts.get_mut(other.raw());
                    d.readers.insert(at.pos());
                    (d.key.clone(), d.value.clone())
                };
                if !k.is_impossible() {
                    self.dict_add_key(at, def, &k)?;
                    self.dict_add_value(at, def, &v)?;
                }
                Ok(SomeValue::None)
            }
            "copy" => {
                self.expect_args(at, name, args, 0, 0)?;
                let (k, v) = read(self);
                let span = self.graphs[at.graph.index()].op_span(at);
                Ok(self.new_dict(k, v, Some(span)))
            }
            "popitem" => {
                self.expect_args(at, name, args, 0, 0)?;
                let (k, v) = read(self);
                if k.is_impossible() || v.is_impossible() {
                    return Ok(SomeValue::Impossible);
                }
                Ok(SomeValue::Tuple(Rc::from(vec![k, v])))
            }
            _ => Err(self.error(at, format!("not supported yet: dict.{name}()"))),
        }
    }
}
