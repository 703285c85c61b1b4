//! Builtin functions, builtin types called as constructors, and methods of
//! builtin values (`str`, `list`).

use annotator::{Desc, SomeValue};
use flowgraph::ObjRef;
use frontend::heap::{BuiltinType, ClassKind, Native, Object};

use crate::llgraph::{fld, LlConst, LlValue};
use crate::llops::LlOpName as L;
use crate::lltype::LlType;
use crate::lower::GraphCx;
use crate::rcall::LlArgs;
use crate::rops::not_supported;
use crate::rtyper::RTyper;
use crate::runtime_names as rn;

impl RTyper<'_, '_> {
    pub(crate) fn lower_builtin_call(
        &mut self,
        cx: &mut GraphCx,
        b: ObjRef,
        args: LlArgs,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let Object::Builtin(desc) = self.ann.interp.heap.get(b) else {
            unreachable!("a builtin")
        };
        let (module, name) = (desc.module, desc.name);
        let pos = &args.positional;
        let void = LlValue::void(LlConst::Void);
        Ok(match (module, name) {
            ("builtins", "print") => {
                let mut end: Option<(LlValue, SomeValue)> = None;
                for (k, v, s) in &args.keywords {
                    match &**k {
                        "end" => end = Some((v.clone(), s.clone())),
                        other => return Err(not_supported(&format!("print(..., {other}=...)"))),
                    }
                }
                for (i, (v, s)) in pos.iter().enumerate() {
                    if i > 0 {
                        self.call_helper(cx, &rn::PRINT_SPACE, vec![]);
                    }
                    let t = self.to_str(cx, v.clone(), s)?;
                    self.call_helper(cx, &rn::PRINT_STR, vec![t]);
                }
                match end {
                    None => {
                        self.call_helper(cx, &rn::PRINT_NEWLINE, vec![]);
                    }
                    Some((v, s)) => {
                        let t = self.to_str(cx, v, &s)?;
                        self.call_helper(cx, &rn::PRINT_STR, vec![t]);
                    }
                }
                void
            }
            ("builtins", "len") => self.len_of(cx, pos[0].0.clone(), &pos[0].1)?,
            ("builtins", "enumerate") | ("builtins", "zip") | ("builtins", "reversed") => {
                self.lower_iter_builtin(cx, name, pos, result_s)?
            }
            ("builtins", "iter") => {
                let (v, s) = &pos[0];
                self.make_iter(cx, v.clone(), s, result_s)?
            }
            ("builtins", "next")
                if matches!(
                    pos[0].1,
                    SomeValue::Iter { .. } | SomeValue::Instance { .. }
                ) =>
            {
                let (v, s) = &pos[0];
                self.iter_next(cx, v.clone(), s, result_s)?
            }
            ("rpython.rlib.objectmodel", "r_dict") => {
                let r = self.dict_repr_of(result_s);
                self.new_dict(cx, &r)
            }
            ("rpython.rlib.objectmodel", "compute_hash") => {
                self.value_hash(cx, pos[0].0.clone(), &pos[0].1)?
            }
            ("rpython.rlib.objectmodel", "compute_identity_hash") => {
                self.call_helper(cx, &rn::IDENTITY_HASH, vec![pos[0].0.clone()])
            }
            ("rpython.rlib.objectmodel", "compute_unique_id") => {
                self.call_helper(cx, &rn::UNIQUE_ID, vec![pos[0].0.clone()])
            }
            ("builtins", "chr") => {
                let v = self.convert(cx, pos[0].0.clone(), &pos[0].1, LlType::Signed);
                cx.emit(L::CastIntToUniChar, vec![v], LlType::UniChar)
            }
            ("builtins", "ord") => match &pos[0].1 {
                SomeValue::Char { .. } => {
                    cx.emit(L::CastInt, vec![pos[0].0.clone()], LlType::Signed)
                }
                _ => {
                    // A str of length 1 not known to be a char.
                    let c = self.call_helper(
                        cx,
                        &rn::STR_GETITEM,
                        vec![pos[0].0.clone(), LlValue::int(0)],
                    );
                    cx.emit(L::CastInt, vec![c], LlType::Signed)
                }
            },
            ("builtins", "isinstance") => self.lower_isinstance(cx, &args, result_s)?,
            ("builtins", "abs") => {
                let ty = self.lltype(result_s);
                let v = self.convert(cx, pos[0].0.clone(), &pos[0].1, ty);
                let op = if ty == LlType::Float {
                    L::FloatAbs
                } else {
                    L::IntAbs
                };
                cx.emit(op, vec![v], ty)
            }
            ("rpython.rlib.rarithmetic", "intmask") => {
                let v = pos[0].0.clone();
                match cx.ty(&v) {
                    LlType::Float => cx.emit(L::CastFloatToInt, vec![v], LlType::Signed),
                    _ => self.convert(cx, v, &pos[0].1, LlType::Signed),
                }
            }
            ("rpython.rlib.rarithmetic", "widen") => {
                self.convert(cx, pos[0].0.clone(), &pos[0].1, LlType::Signed)
            }
            ("os", "write") => {
                let fd = self.convert(cx, pos[0].0.clone(), &pos[0].1, LlType::Signed);
                self.call_helper(cx, &rn::OS_WRITE, vec![fd, pos[1].0.clone()])
            }
            ("rpython.rlib.jit", "promote") | ("rpython.rlib.jit", "promote_string") => {
                pos[0].0.clone()
            }
            ("rpython.rlib.jit", "we_are_jitted") => {
                LlValue::Const(LlConst::Bool(false), LlType::Bool)
            }
            ("rpython.rlib.jit", _) | ("rpython.rlib.debug", _)
                if result_s.is_constant() || matches!(result_s, SomeValue::None) =>
            {
                let marker = LlValue::void(LlConst::Text(name));
                cx.emit(L::JitMarker, vec![marker], LlType::Void);
                void
            }
            ("builtins", "repr") => self.to_repr(cx, pos[0].0.clone(), &pos[0].1)?,
            ("builtins", "hex") => self.int_to_base(cx, pos[0].0.clone(), &pos[0].1, 16)?,
            ("builtins", "oct") => self.int_to_base(cx, pos[0].0.clone(), &pos[0].1, 8)?,
            ("builtins", "bin") => self.int_to_base(cx, pos[0].0.clone(), &pos[0].1, 2)?,
            ("rpython.rlib.rstring", "StringBuilder" | "UnicodeBuilder" | "ByteStringBuilder") => {
                self.new_builder(cx, &args)
            }
            ("rpython.rlib.rfile" | "rpython.rlib.streamio", _) => {
                self.lower_rfile_call(cx, name, &args, result_s)?
            }
            ("rpython.rlib.rbigint", _) => self.lower_bigint_new(cx, name, &args)?,
            ("weakref", _) | ("rpython.rlib.rgc", _) => {
                self.lower_weakref_builtin(cx, module, name, &args)?
            }
            ("rpython.rlib.objectmodel", "we_are_translated") => {
                LlValue::Const(LlConst::Bool(true), LlType::Bool)
            }
            _ => return self.lower_more_builtins(cx, module, name, &args, result_s),
        })
    }

    fn lower_isinstance(
        &mut self,
        cx: &mut GraphCx,
        args: &LlArgs,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        if let Some(c) = crate::rops::constant_of(result_s) {
            return Ok(self.const_value(&c, result_s));
        }
        let (v, s) = &args.positional[0];
        let SomeValue::Instance { .. } = s else {
            return Err(not_supported(&format!("isinstance() of {}", s.kind_word())));
        };
        let cls_s = &args.positional[1].1;
        let SomeValue::Pbc { descs, .. } = cls_s else {
            return Err(not_supported(
                "isinstance() with a class that is not a constant",
            ));
        };
        let obj = LlType::Ptr(self.prog.object_type.expect("classes"));
        let vt_root = LlType::Ptr(self.prog.vtable_type.expect("classes"));
        let mut acc: Option<LlValue> = None;
        for d in descs.iter() {
            let annotator::Desc::Class(c) = d else {
                continue;
            };
            let Some(cd) = self.ann.classdef_of.get(c).copied() else {
                continue;
            };
            let vt = self.vtable_of(cd);
            let o = cx.emit(L::CastPtr, vec![v.clone()], obj);
            let r = cx.emit(
                L::InstanceOf,
                vec![o, LlValue::Const(LlConst::Prebuilt(vt), vt_root)],
                LlType::Bool,
            );
            acc = Some(match acc {
                None => r,
                Some(a) => cx.emit(L::IntOr, vec![a, r], LlType::Bool),
            });
        }
        Ok(acc.unwrap_or(LlValue::Const(LlConst::Bool(false), LlType::Bool)))
    }

    /// A builtin type called as a constructor (`str(x)`, `int(s)`,
    /// `range(n)`, `r_uint(x)`...).
    pub(crate) fn lower_builtin_type_call(
        &mut self,
        cx: &mut GraphCx,
        class: ObjRef,
        args: LlArgs,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let Some(ClassKind::Builtin(t)) = self.ann.interp.heap.as_class(class).map(|c| c.kind)
        else {
            return Err(not_supported("calling this class"));
        };
        let pos = &args.positional;
        Ok(match t {
            BuiltinType::Str => match pos.first() {
                None => {
                    let e = self.str_const("");
                    LlValue::Const(e, LlType::Ptr(self.str_type()))
                }
                Some((v, s)) => self.to_str(cx, v.clone(), s)?,
            },
            BuiltinType::Int => match pos.first() {
                None => LlValue::int(0),
                Some((v, SomeValue::Str { .. })) => {
                    let base = match pos.get(1) {
                        Some((b, s)) => self.convert(cx, b.clone(), s, LlType::Signed),
                        None => LlValue::int(10),
                    };
                    self.call_helper(cx, &rn::STR_TO_INT, vec![v.clone(), base])
                }
                Some((v, SomeValue::Float { .. })) => {
                    cx.emit(L::CastFloatToInt, vec![v.clone()], LlType::Signed)
                }
                Some((v, s)) => self.convert(cx, v.clone(), s, LlType::Signed),
            },
            BuiltinType::Float => match pos.first() {
                None => LlValue::Const(LlConst::Float(0.0), LlType::Float),
                Some((v, SomeValue::Str { .. })) => {
                    self.call_helper(cx, &rn::STR_TO_FLOAT, vec![v.clone()])
                }
                Some((v, s)) => self.convert(cx, v.clone(), s, LlType::Float),
            },
            BuiltinType::Bool => match pos.first() {
                None => LlValue::Const(LlConst::Bool(false), LlType::Bool),
                Some((v, s)) => self.truth(cx, v.clone(), s)?,
            },
            BuiltinType::SizedInt(_) => {
                let ty = self.lltype(result_s);
                let (v, s) = &pos[0];
                match cx.ty(v) {
                    LlType::Float => {
                        let i = cx.emit(L::CastFloatToInt, vec![v.clone()], LlType::Signed);
                        cx.emit(L::CastInt, vec![i], ty)
                    }
                    _ => self.convert(cx, v.clone(), s, ty),
                }
            }
            BuiltinType::Range => {
                let (start, stop, step) = match pos.len() {
                    1 => (LlValue::int(0), pos[0].clone(), None),
                    2 => (
                        self.convert(cx, pos[0].0.clone(), &pos[0].1, LlType::Signed),
                        pos[1].clone(),
                        None,
                    ),
                    _ => (
                        self.convert(cx, pos[0].0.clone(), &pos[0].1, LlType::Signed),
                        pos[1].clone(),
                        Some(pos[2].clone()),
                    ),
                };
                let stop = self.convert(cx, stop.0, &stop.1, LlType::Signed);
                let step = match step {
                    Some((v, s)) => self.convert(cx, v, &s, LlType::Signed),
                    None => LlValue::int(1),
                };
                let t = self.range_type();
                let r = cx.emit(
                    L::Malloc,
                    vec![LlValue::void(LlConst::Type(t))],
                    LlType::Ptr(t),
                );
                for (k, v) in [start, stop, step].into_iter().enumerate() {
                    cx.emit(L::SetField, vec![r.clone(), fld(k as u32), v], LlType::Void);
                }
                r
            }
            BuiltinType::Bytes => match pos.first() {
                None => {
                    let e = self.bytes_const(b"", 0);
                    LlValue::Const(e, LlType::Ptr(self.str_type()))
                }
                Some((v, s)) => self.bytes_of_list(cx, v.clone(), s)?,
            },
            BuiltinType::List if pos.is_empty() => self.build_list(cx, &[], result_s),
            BuiltinType::List if pos.len() == 1 => {
                self.list_constructor(cx, pos[0].0.clone(), &pos[0].1, result_s)?
            }
            BuiltinType::Dict if pos.is_empty() => {
                let r = self.dict_repr_of(result_s);
                self.new_dict(cx, &r)
            }
            other => return Err(not_supported(&format!("calling {other:?}() here"))),
        })
    }

    /// `receiver.name(args)` on a builtin value.
    pub(crate) fn lower_method_call(
        &mut self,
        cx: &mut GraphCx,
        name: &str,
        recv: LlValue,
        recv_s: &SomeValue,
        args: LlArgs,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        if let SomeValue::Dict { .. } = recv_s {
            return self.lower_dict_method(cx, name, recv, recv_s, &args, result_s);
        }
        if let SomeValue::Instance { .. } = recv_s {
            return self.lower_fq_method(cx, name, recv, &args, result_s);
        }
        let pos = &args.positional;
        match (recv_s, name) {
            (SomeValue::Pbc { descs, .. }, "jit_merge_point" | "can_enter_jit")
                if matches!(&descs[..], [Desc::Frozen(obj)]
                    if matches!(self.ann.interp.heap.get(*obj), Object::Native(Native::JitDriver(_)))) =>
            {
                let name = if name == "jit_merge_point" {
                    "jit_merge_point"
                } else {
                    "can_enter_jit"
                };
                // A marker for the JIT (issue 6 reads it); no effect on the
                // program: `jit_marker(name, green and red values...)`.
                let mut marker_args = vec![LlValue::void(LlConst::Text(name))];
                marker_args.extend(pos.iter().map(|(v, _)| v.clone()));
                marker_args.extend(args.keywords.iter().map(|(_, v, _)| v.clone()));
                cx.emit(L::JitMarker, marker_args, LlType::Void);
                Ok(LlValue::void(LlConst::Void))
            }
            (SomeValue::Str { .. } | SomeValue::Char { .. } | SomeValue::Bytes { .. }, _) => {
                self.lower_text_method(cx, name, recv, recv_s, &args, result_s)
            }
            (SomeValue::File { binary, .. }, _) => {
                self.lower_file_method(cx, name, recv, *binary, &args)
            }
            (SomeValue::BigInt { .. }, _) => {
                self.lower_bigint_method(cx, name, recv, &args, result_s)
            }
            (SomeValue::StringBuilder { bytes }, _) => {
                self.lower_builder_method(cx, name, recv, *bytes, &args)
            }
            (SomeValue::List { .. }, "append") => {
                let repr = self.list_repr_of(recv_s);
                let len = cx.emit(L::GetField, vec![recv.clone(), fld(0)], LlType::Signed);
                let newlen = cx.emit(
                    L::IntAdd,
                    vec![len.clone(), LlValue::int(1)],
                    LlType::Signed,
                );
                let v = self.convert(cx, pos[0].0.clone(), &pos[0].1, repr.item);
                let tid = LlValue::void(LlConst::Type(repr.array));
                self.call_helper(cx, &rn::LIST_RESIZE, vec![recv.clone(), newlen, tid]);
                let items = cx.emit(L::GetField, vec![recv, fld(1)], LlType::Ptr(repr.array));
                cx.emit(L::SetArrayItem, vec![items, len, v], LlType::Void);
                Ok(LlValue::void(LlConst::Void))
            }
            (SomeValue::List { .. }, "pop") if pos.is_empty() => {
                let repr = self.list_repr_of(recv_s);
                let len = cx.emit(L::GetField, vec![recv.clone(), fld(0)], LlType::Signed);
                let msg = LlValue::void(LlConst::Text("pop from empty list"));
                let idx = cx.emit(
                    L::CheckIndex,
                    vec![LlValue::int(-1), len, msg],
                    LlType::Signed,
                );
                let items = cx.emit(
                    L::GetField,
                    vec![recv.clone(), fld(1)],
                    LlType::Ptr(repr.array),
                );
                let v = cx.emit(L::GetArrayItem, vec![items, idx.clone()], repr.item);
                let tid = LlValue::void(LlConst::Type(repr.array));
                self.call_helper(cx, &rn::LIST_RESIZE, vec![recv, idx, tid]);
                Ok(v)
            }
            (SomeValue::List { .. }, _) => {
                self.list_method(cx, name, recv, recv_s, &args, result_s)
            }
            _ => Err(not_supported(&format!(
                "the method `{name}` of {}",
                recv_s.kind_word()
            ))),
        }
    }
}
