//! Low-level operations as Rust statements.
//!
//! Machine arithmetic is inline (`wrapping_*`, comparisons, casts); anything
//! with Python semantics or an error path (floor division, shifts,
//! `ovfcheck`, float division and power, index checks) calls
//! `runtime::arith`, which raises the builtin exception CPython would and
//! returns a dummy value. Memory operations dereference raw pointers: the
//! rtyper guarantees non-null receivers and checked indexes.

use proc_macro2::TokenStream;
use quote::quote;
use rtyper::llgraph::{LlConst, LlOp, LlValue};
use rtyper::llops::LlOpName as L;
use rtyper::lltype::{LlType, TypeKind};
use rtyper::runtime_names::HType;

use crate::func::FnCx;
use crate::names::ident;
use crate::types::tid;

/// The statement computing `op` (assigning its result unless `Void`).
pub fn emit_op(cx: &FnCx, op: &LlOp) -> TokenStream {
    let rty = cx.g.var_type(op.result);
    let r = &cx.vars[op.result.index()];
    let expr = op_expr(cx, op);
    if rty == LlType::Void {
        quote!(#expr;)
    } else {
        quote!(#r = #expr;)
    }
}

/// An op that raises only under a condition on its operands or result,
/// fused with the `exc_occurred()` test right after it (no exception is
/// pending before an op runs, so the test is that condition and need not
/// load the global flag).
pub enum Raised {
    /// The op as usual, then `flag = condition`: an allocation returns
    /// null exactly when it raised MemoryError.
    After(TokenStream),
    /// One statement computing the op's result and `flag`
    /// (`stop_iteration_unless`, `stack_check`).
    Fused(Box<dyn Fn(&proc_macro2::Ident) -> TokenStream>),
}

/// How `op` fuses with a following `exc_occurred()`, if it does.
pub fn raised_condition(cx: &FnCx, op: &LlOp) -> Option<Raised> {
    let a = |i: usize| cx.val(&op.args[i]);
    let r = cx.vars[op.result.index()].clone();
    match op.op {
        L::StopIterationUnless => {
            let c = a(0);
            let raise = builtin("StopIteration", "");
            Some(Raised::Fused(Box::new(
                move |flag| quote!(if #c { #flag = false; } else { #raise; #flag = true; }),
            )))
        }
        L::StackCheck => {
            let raise = builtin("StackOverflow", "maximum recursion depth exceeded");
            Some(Raised::Fused(Box::new(
                move |flag| quote!(if ::runtime::stack::check() { #raise; #flag = true; } else { #flag = false; }),
            )))
        }
        L::Malloc | L::MallocVarsize => Some(Raised::After(quote!(#r.is_null()))),
        _ => operand_condition(cx, op).map(Raised::After),
    }
}

/// The condition on its operands under which an arithmetic op or index
/// check raises (`runtime::arith::*_raises`, the same test the op makes):
/// after inlining, the compiler merges it with the op's own branch, and
/// folds it when the operands are constants (`x >> 1`), instead of
/// loading the global exception flag.
fn operand_condition(cx: &FnCx, op: &LlOp) -> Option<TokenStream> {
    let a = |i: usize| cx.val(&op.args[i]);
    let m = || arith_mod(cx.value_type(&op.args[0]));
    let ar = quote!(::runtime::arith);
    Some(match op.op {
        L::IntLShift | L::IntRShift => {
            let (m, n) = (m(), a(1));
            quote!(#m::shift_raises(#n))
        }
        L::IntFloorDiv | L::IntMod => {
            let (m, n) = (m(), a(1));
            quote!(#m::div_raises(#n))
        }
        L::IntAddOvf
        | L::IntSubOvf
        | L::IntMulOvf
        | L::IntFloorDivOvf
        | L::IntModOvf
        | L::IntLShiftOvf
        | L::CheckIndex
        | L::CheckIndexNonNeg => {
            let f = ident(match op.op {
                L::IntAddOvf => "add_ovf_raises",
                L::IntSubOvf => "sub_ovf_raises",
                L::IntMulOvf => "mul_ovf_raises",
                L::IntFloorDivOvf => "floordiv_ovf_raises",
                L::IntModOvf => "mod_ovf_raises",
                L::IntLShiftOvf => "lshift_ovf_raises",
                L::CheckIndex => "check_index_raises",
                _ => "check_index_nonneg_raises",
            });
            let (x, y) = (a(0), a(1));
            quote!(#ar::#f(#x, #y))
        }
        L::IntNegOvf | L::IntAbsOvf => {
            let x = a(0);
            quote!(#ar::neg_ovf_raises(#x))
        }
        L::FloatTrueDiv | L::FloatFloorDiv | L::FloatMod => {
            let y = a(1);
            quote!(#ar::float_div_raises(#y))
        }
        L::CastFloatToInt => {
            let x = a(0);
            quote!(#ar::float_to_int_raises(#x))
        }
        L::CastIntToUniChar => {
            let x = a(0);
            quote!(#ar::int_to_unichar_raises(#x as i64))
        }
        _ => return None,
    })
}

/// A `malloc`/`malloc_varsize` as its fast path (null when the slow path
/// is needed; never collects) and its slow path (may collect), both cast
/// to the result type: generated code saves the live GC roots to the
/// shadow stack and reloads them only around the slow path.
pub fn malloc_split(cx: &FnCx, op: &LlOp) -> (TokenStream, TokenStream) {
    let LlValue::Const(LlConst::Type(t), _) = &op.args[0] else {
        panic!("malloc of a non-constant type")
    };
    let tid = tid(cx.p, *t);
    let rt = cx.ty(cx.g.var_type(op.result));
    if op.op == L::Malloc {
        (
            quote!((::runtime::gc::malloc_fast(#tid) as #rt)),
            quote!((::runtime::gc::malloc_slow(#tid) as #rt)),
        )
    } else {
        let n = cx.val(&op.args[1]);
        (
            quote!((::runtime::gc::malloc_varsize_fast(#tid, #n) as #rt)),
            quote!((::runtime::gc::malloc_varsize_slow(#tid, #n) as #rt)),
        )
    }
}

/// The IndexError message of an index check.
fn index_message(op: &LlOp) -> &'static str {
    match op.args.get(2) {
        Some(LlValue::Const(LlConst::Text(t), _)) => t,
        _ => "list index out of range",
    }
}

fn arith_mod(t: LlType) -> TokenStream {
    let prim = t.rust_prim().unwrap_or("i64");
    let prim = match prim {
        "bool" => "u8",
        p => p,
    };
    let m = ident(&format!("ops_{prim}"));
    quote!(::runtime::arith::#m)
}

fn builtin(kind: &str, msg: &str) -> TokenStream {
    let k = ident(kind);
    quote!(::runtime::exc::raise_builtin(::runtime::exc::Builtin::#k, #msg))
}

/// The expression of an operation.
fn op_expr(cx: &FnCx, op: &LlOp) -> TokenStream {
    let a = |i: usize| cx.val(&op.args[i]);
    let at = |i: usize| cx.value_type(&op.args[i]);
    let rty = cx.g.var_type(op.result);
    let rt = cx.ty(rty);
    match op.op {
        L::IntAdd => bin_method(a(0), a(1), "wrapping_add", at(0)),
        L::IntSub => bin_method(a(0), a(1), "wrapping_sub", at(0)),
        L::IntMul => bin_method(a(0), a(1), "wrapping_mul", at(0)),
        L::IntFloorDiv => {
            let m = arith_mod(at(0));
            let (x, y) = (a(0), a(1));
            quote!(#m::floordiv(#x, #y))
        }
        L::IntMod => {
            let m = arith_mod(at(0));
            let (x, y) = (a(0), a(1));
            quote!(#m::modulo(#x, #y))
        }
        L::IntAnd => binop(a(0), a(1), quote!(&)),
        L::IntOr => binop(a(0), a(1), quote!(|)),
        L::IntXor => binop(a(0), a(1), quote!(^)),
        L::IntLShift | L::IntRShift => {
            let m = arith_mod(at(0));
            let f = ident(if op.op == L::IntLShift {
                "lshift"
            } else {
                "rshift"
            });
            let (x, y) = (a(0), a(1));
            quote!(#m::#f(#x, #y))
        }
        L::IntNeg => {
            let x = a(0);
            quote!((#x).wrapping_neg())
        }
        L::IntAbs => {
            let m = arith_mod(at(0));
            let x = a(0);
            quote!(#m::abs(#x))
        }
        L::IntInvert => {
            let x = a(0);
            quote!((!#x))
        }
        L::IntAddOvf
        | L::IntSubOvf
        | L::IntMulOvf
        | L::IntFloorDivOvf
        | L::IntModOvf
        | L::IntLShiftOvf => {
            let f = ident(match op.op {
                L::IntAddOvf => "add_ovf",
                L::IntSubOvf => "sub_ovf",
                L::IntMulOvf => "mul_ovf",
                L::IntFloorDivOvf => "floordiv_ovf",
                L::IntModOvf => "mod_ovf",
                _ => "lshift_ovf",
            });
            let (x, y) = (a(0), a(1));
            quote!(::runtime::arith::#f(#x, #y))
        }
        L::IntNegOvf | L::IntAbsOvf => {
            let f = ident(if op.op == L::IntNegOvf {
                "neg_ovf"
            } else {
                "abs_ovf"
            });
            let x = a(0);
            quote!(::runtime::arith::#f(#x))
        }
        L::IntLt | L::FloatLt => binop(a(0), a(1), quote!(<)),
        L::IntLe | L::FloatLe => binop(a(0), a(1), quote!(<=)),
        L::IntEq | L::FloatEq | L::PtrEq => binop(a(0), a(1), quote!(==)),
        L::IntNe | L::FloatNe | L::PtrNe => binop(a(0), a(1), quote!(!=)),
        L::IntGt | L::FloatGt => binop(a(0), a(1), quote!(>)),
        L::IntGe | L::FloatGe => binop(a(0), a(1), quote!(>=)),
        L::IntIsTrue => {
            let x = a(0);
            if at(0) == LlType::Bool {
                quote!(#x)
            } else {
                quote!((#x != 0))
            }
        }
        L::BoolNot => {
            let x = a(0);
            quote!((!#x))
        }
        L::FloatAdd => binop(a(0), a(1), quote!(+)),
        L::FloatSub => binop(a(0), a(1), quote!(-)),
        L::FloatMul => binop(a(0), a(1), quote!(*)),
        L::FloatTrueDiv | L::FloatFloorDiv | L::FloatMod | L::FloatPow => {
            let f = ident(match op.op {
                L::FloatTrueDiv => "float_truediv",
                L::FloatFloorDiv => "float_floordiv",
                L::FloatMod => "float_mod",
                _ => "float_pow",
            });
            let (x, y) = (a(0), a(1));
            quote!(::runtime::arith::#f(#x, #y))
        }
        L::FloatNeg => {
            let x = a(0);
            quote!((-#x))
        }
        L::FloatAbs => {
            let x = a(0);
            quote!((#x).abs())
        }
        L::FloatIsTrue => {
            let x = a(0);
            quote!((#x != 0.0))
        }
        L::CastInt => {
            let x = a(0);
            if rty == LlType::Bool {
                if at(0) == LlType::Bool {
                    x
                } else {
                    quote!((#x != 0))
                }
            } else {
                quote!((#x as #rt))
            }
        }
        L::CastIntToFloat => {
            let x = a(0);
            quote!((#x as f64))
        }
        L::CastFloatToInt => {
            let x = a(0);
            quote!((::runtime::arith::float_to_int(#x) as #rt))
        }
        L::CastIntToUniChar => {
            let x = a(0);
            quote!(::runtime::arith::int_to_unichar(#x as i64))
        }
        L::CastPtr => {
            let x = a(0);
            match (at(0), rty) {
                (LlType::Ptr(_), LlType::Ptr(_)) => quote!((#x as #rt)),
                _ => {
                    let st = cx.ty(at(0));
                    quote!(::core::mem::transmute::<#st, #rt>(#x))
                }
            }
        }
        L::CastToWord => {
            let x = a(0);
            match at(0) {
                LlType::Float => quote!((#x).to_bits()),
                LlType::Ptr(_) => quote!((#x as usize as u64)),
                LlType::FuncPtr(_) => {
                    let st = cx.ty(at(0));
                    quote!((::core::mem::transmute::<#st, usize>(#x) as u64))
                }
                _ => quote!((#x as u64)),
            }
        }
        L::CastFromWord => {
            let x = a(0);
            match rty {
                LlType::Float => quote!(f64::from_bits(#x)),
                LlType::Bool => quote!((#x != 0)),
                LlType::Ptr(_) => quote!((#x as usize as #rt)),
                LlType::FuncPtr(_) => quote!(::core::mem::transmute::<usize, #rt>(#x as usize)),
                _ => quote!((#x as #rt)),
            }
        }
        L::PtrIsNull | L::PtrNonNull => {
            let x = a(0);
            let test = match at(0) {
                LlType::FuncPtr(_) => quote!((#x).is_none()),
                _ => quote!((#x).is_null()),
            };
            if op.op == L::PtrIsNull {
                test
            } else {
                quote!((!#test))
            }
        }
        L::Malloc | L::MallocVarsize => {
            let LlValue::Const(LlConst::Type(t), _) = &op.args[0] else {
                panic!("malloc of a non-constant type")
            };
            let tid = tid(cx.p, *t);
            if op.op == L::Malloc {
                quote!((::runtime::gc::malloc(#tid) as #rt))
            } else {
                let n = a(1);
                quote!((::runtime::gc::malloc_varsize(#tid, #n) as #rt))
            }
        }
        L::GetField => {
            let (p, f) = field(cx, op);
            quote!((*#p).#f)
        }
        L::SetField => {
            let (p, f) = field(cx, op);
            let v = a(2);
            quote!((*#p).#f = #v)
        }
        L::GetArrayItem => {
            let item = item_ptr(cx, op);
            quote!((*#item))
        }
        L::SetArrayItem => {
            let item = item_ptr(cx, op);
            let v = a(2);
            quote!((*#item = #v))
        }
        L::GetArraySize => {
            let x = a(0);
            let LlType::Ptr(t) = at(0) else {
                panic!("getarraysize of a non-pointer")
            };
            match &cx.p.types.get(t).kind {
                TypeKind::Array { .. } | TypeKind::StructArray { .. } => quote!((*#x).length),
                TypeKind::Struct { varsize, .. } => {
                    let vs = varsize.as_ref().expect("var-sized struct");
                    let i =
                        cx.p.types
                            .field_index(t, &vs.length_field)
                            .expect("length field");
                    let f = ident(&cx.n.fields[t.index()][i]);
                    quote!((*#x).#f)
                }
            }
        }
        L::CheckIndex | L::CheckIndexNonNeg => {
            let (i, len) = (a(0), a(1));
            let msg = index_message(op);
            let f = ident(if op.op == L::CheckIndex {
                "check_index"
            } else {
                "check_index_nonneg"
            });
            quote!(::runtime::arith::#f(#i, #len, #msg))
        }
        L::DirectCall => {
            let LlValue::Const(LlConst::Graph(g), _) = &op.args[0] else {
                panic!("direct_call of a non-constant graph")
            };
            let f = ident(&cx.n.graphs[g.index()]);
            let args: Vec<TokenStream> = op.args[1..].iter().map(|v| cx.val(v)).collect();
            quote!(#f(#(#args),*))
        }
        L::IndirectCall => {
            let fp = a(0);
            let args: Vec<TokenStream> = op.args[1..].iter().map(|v| cx.val(v)).collect();
            quote!(match #fp {
                ::core::option::Option::Some(__f) => __f(#(#args),*),
                ::core::option::Option::None => ::runtime::stack::fatal("call through a null function pointer"),
            })
        }
        L::CallHelper => helper_call(cx, op),
        L::StopIterationUnless => {
            let c = a(0);
            let raise = builtin("StopIteration", "");
            quote!(if !#c { #raise })
        }
        L::SameAs => a(0),
        L::Select => {
            let (c, x, y) = (a(0), a(1), a(2));
            quote!((if #c { #x } else { #y }))
        }
        L::JitMarker => {
            if rty == LlType::Void {
                quote!(())
            } else {
                let v = op
                    .args
                    .iter()
                    .find(|v| !matches!(v, LlValue::Const(LlConst::Text(_), _)))
                    .expect("a jit marker with a result has an operand");
                cx.val(v)
            }
        }
        L::Assert => {
            let c = a(0);
            let msg = match op.args.get(1) {
                Some(LlValue::Const(LlConst::Text(t), _)) => format!("ll_assert failed: {t}"),
                _ => "ll_assert failed".to_string(),
            };
            quote!(if !#c { ::runtime::stack::fatal(#msg) })
        }
        L::ExcOccurred => quote!(::runtime::exc::occurred()),
        L::ExcFetchType => quote!((::runtime::exc::exc_type() as #rt)),
        L::ExcFetchValue => quote!((::runtime::exc::exc_value() as #rt)),
        L::ExcClear => quote!(::runtime::exc::clear()),
        L::ExcSetLocation => {
            let id = a(0);
            quote!(::runtime::exc::set_location(#id as i64))
        }
        L::ExcNoteLocation => {
            let id = a(0);
            quote!(::runtime::exc::note_location(#id as i64))
        }
        L::ExcRaise => {
            let (t, v) = (a(0), a(1));
            quote!(::runtime::exc::raise(#t as *const u8, #v as ::runtime::GcPtr))
        }
        L::ExcMatches => {
            let (min, max) = class_range(cx, &op.args[1]);
            let t = a(0);
            quote!(rpy_subclass(#t as *mut _, #min, #max))
        }
        L::InstanceOf => {
            let (min, max) = class_range(cx, &op.args[1]);
            let o = a(0);
            let typeptr = ident(&cx.n.fields[cx.p.object_type.expect("classes").index()][0]);
            quote!({
                let __o = #o as *mut RpyObject;
                !__o.is_null() && rpy_subclass((*__o).#typeptr as *mut _, #min, #max)
            })
        }
        L::StackCheck => {
            let raise = builtin("StackOverflow", "maximum recursion depth exceeded");
            quote!(if ::runtime::stack::check() { #raise })
        }
        L::GcSaveRoot => {
            let k = slot(op);
            let v = a(1);
            quote!(*__ss.add(#k) = #v as ::runtime::GcPtr)
        }
        L::GcRestoreRoot => {
            let k = slot(op);
            quote!((*__ss.add(#k) as #rt))
        }
        L::GcWriteBarrier => {
            let x = a(0);
            quote!(::runtime::gc::write_barrier(#x as ::runtime::GcPtr))
        }
        L::GcWriteBarrierArray => {
            let (x, i) = (a(0), a(1));
            quote!(::runtime::gc::write_barrier_array(#x as ::runtime::GcPtr, #i))
        }
        L::GcShadowReserve => {
            // In a graph with no slots every reserve is of 0 slots: the
            // top is already the caller's.
            if cx.slots == 0 {
                quote!(())
            } else {
                let k = slot(op);
                quote!(::runtime::gc::shadow_set_top(__ss.add(#k)))
            }
        }
        L::GcShadowRelease => {
            panic!("{} is not emitted by the GC transform", op.op)
        }
    }
}

fn binop(x: TokenStream, y: TokenStream, o: TokenStream) -> TokenStream {
    quote!((#x #o #y))
}

fn bin_method(x: TokenStream, y: TokenStream, m: &str, t: LlType) -> TokenStream {
    let m = ident(m);
    if t == LlType::Bool {
        // Bools only meet arithmetic through `int_add` of flags: use u8.
        quote!(((#x as u8).#m(#y as u8) != 0))
    } else {
        quote!((#x).#m(#y))
    }
}

fn slot(op: &LlOp) -> usize {
    match &op.args[0] {
        LlValue::Const(LlConst::Int(k), _) => *k as usize,
        other => panic!("shadow-stack slot {other:?}"),
    }
}

/// The receiver and field name of a getfield/setfield.
fn field(cx: &FnCx, op: &LlOp) -> (TokenStream, proc_macro2::Ident) {
    let p = cx.val(&op.args[0]);
    let LlType::Ptr(t) = cx.value_type(&op.args[0]) else {
        panic!("field access on a non-pointer")
    };
    let LlValue::Const(LlConst::Field(k), _) = &op.args[1] else {
        panic!("field operand")
    };
    (p, ident(&cx.n.fields[t.index()][*k as usize]))
}

/// A pointer to item `args[1]` of the array or var-sized struct `args[0]`.
fn item_ptr(cx: &FnCx, op: &LlOp) -> TokenStream {
    let p = cx.val(&op.args[0]);
    let i = cx.val(&op.args[1]);
    let LlType::Ptr(t) = cx.value_type(&op.args[0]) else {
        panic!("item access on a non-pointer")
    };
    let item = cx.p.types.item_type(t).expect("array type");
    let it = cx.ty(item);
    quote!((&raw mut (*#p).items).cast::<#it>().add(#i as usize))
}

/// The preorder id range of the class whose vtable is `v`.
fn class_range(cx: &FnCx, v: &LlValue) -> (i64, i64) {
    let LlValue::Const(LlConst::Prebuilt(vt), _) = v else {
        panic!("class test against a non-constant vtable")
    };
    let c =
        cx.p.classes
            .iter()
            .find(|c| c.vtable == *vt)
            .expect("vtable of a known class");
    (c.min_id, c.max_id)
}

fn helper_call(cx: &FnCx, op: &LlOp) -> TokenStream {
    let LlValue::Const(LlConst::Helper(h), _) = &op.args[0] else {
        panic!("call_helper of a non-constant helper")
    };
    let desc = cx.p.helpers[h.index()];
    let path: TokenStream = format!("::runtime::{}", desc.name)
        .parse()
        .expect("helper path");
    let args: Vec<TokenStream> = op.args[1..]
        .iter()
        .zip(desc.params)
        .map(|(v, ht)| match ht {
            HType::Tid => {
                let LlValue::Const(LlConst::Type(t), _) = v else {
                    panic!("type-id argument is not a type")
                };
                let tid = tid(cx.p, *t);
                quote!(#tid)
            }
            HType::Str => {
                let x = cx.val(v);
                quote!(#x as *mut ::runtime::RpyStr)
            }
            HType::List => {
                let x = cx.val(v);
                quote!(#x as *mut ::runtime::RpyList)
            }
            HType::Array => {
                let x = cx.val(v);
                quote!(#x as *mut ::runtime::RpyArray)
            }
            HType::GcPtr => {
                let x = cx.val(v);
                quote!(#x as ::runtime::GcPtr)
            }
            HType::Dict => {
                let x = cx.val(v);
                quote!(#x as *mut ::runtime::dict::RpyDict)
            }
            _ => cx.val(v),
        })
        .collect();
    let call = quote!(#path(#(#args),*));
    let rty = cx.g.var_type(op.result);
    match rty {
        LlType::Ptr(_) => {
            let rt = cx.ty(rty);
            quote!((#call as #rt))
        }
        LlType::Void => {
            if desc.result == HType::Void {
                call
            } else {
                quote!({ let _ = #call; })
            }
        }
        _ => call,
    }
}
