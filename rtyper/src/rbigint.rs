//! `rpython.rlib.rbigint.rbigint`: its representation and operations.
//!
//! An rbigint is a pointer to the GC struct `RpyBigInt` laid out as
//! `runtime::bigint::RpyBigInt`: `{sign, length, [Unsigned]}` (sign and
//! magnitude in 64-bit limbs). Only runtime helpers read it: every
//! constructor and method lowers to one helper call (helpers pass
//! rbigints as `GcPtr`, so results are cast back to the rbigint pointer).
//! `int_*` methods first make an rbigint of their int operand; `divmod`
//! builds a tuple of `floordiv` and `mod`; comparisons test the sign of
//! `bigint_cmp`. The `sign` property is read by `rcall.rs` (`read_attr`).

use annotator::SomeValue;

use crate::llgraph::{LlConst, LlValue};
use crate::llops::LlOpName as L;
use crate::lltype::{Field, LlType, TypeId, TypeKind, VarSize};
use crate::lower::GraphCx;
use crate::rcall::LlArgs;
use crate::rops::not_supported;
use crate::rtyper::RTyper;
use crate::runtime_names::{self as rn, HelperDesc};

impl RTyper<'_, '_> {
    /// The `RpyBigInt` struct (declared on first use).
    pub(crate) fn bigint_type(&mut self) -> TypeId {
        if let Some(t) = self.bigint_ty {
            return t;
        }
        let name = self.unique_type_name("RpyBigInt");
        let t = self.prog.types.add(
            name,
            TypeKind::Struct {
                fields: vec![
                    Field::new("sign", LlType::Signed),
                    Field::new("length", LlType::Signed),
                ],
                varsize: Some(VarSize {
                    length_field: "length".into(),
                    item: LlType::Unsigned,
                }),
            },
            true,
        );
        self.bigint_ty = Some(t);
        t
    }

    fn bigint_tid(&mut self) -> LlValue {
        LlValue::void(LlConst::Type(self.bigint_type()))
    }

    /// Calls a helper returning an rbigint, typed as one.
    fn bigint_helper(
        &mut self,
        cx: &mut GraphCx,
        h: &'static HelperDesc,
        args: Vec<LlValue>,
    ) -> LlValue {
        let r = self.call_helper(cx, h, args);
        let t = LlType::Ptr(self.bigint_type());
        cx.emit(L::CastPtr, vec![r], t)
    }

    /// `rbigint.fromint(i)` and the other constructors.
    pub(crate) fn lower_bigint_new(
        &mut self,
        cx: &mut GraphCx,
        name: &str,
        args: &LlArgs,
    ) -> Result<LlValue, String> {
        let pos = &args.positional;
        if !args.keywords.is_empty() {
            return Err(not_supported(&format!("keyword arguments to {name}()")));
        }
        let tid = self.bigint_tid();
        let (v, s) = pos[0].clone();
        Ok(match name {
            "rbigint.fromint" | "rbigint.frombool" => {
                let v = self.convert(cx, v, &s, LlType::Signed);
                self.bigint_helper(cx, &rn::BIGINT_FROMINT, vec![tid, v])
            }
            "rbigint.fromfloat" => {
                let v = self.convert(cx, v, &s, LlType::Float);
                self.bigint_helper(cx, &rn::BIGINT_FROMFLOAT, vec![tid, v])
            }
            "rbigint.fromstr" => {
                let v = self.bigint_str_arg(cx, v, &s);
                let base = match pos.get(1) {
                    Some((b, bs)) => self.convert(cx, b.clone(), bs, LlType::Signed),
                    None => LlValue::int(10),
                };
                self.bigint_helper(cx, &rn::BIGINT_FROMSTR, vec![tid, v, base])
            }
            "rbigint.fromdecimalstr" => {
                let v = self.bigint_str_arg(cx, v, &s);
                self.bigint_helper(cx, &rn::BIGINT_FROMDECIMALSTR, vec![tid, v])
            }
            _ => return Err(not_supported(&format!("calling {name}()"))),
        })
    }

    /// A str argument (a char becomes a one-character str).
    fn bigint_str_arg(&mut self, cx: &mut GraphCx, v: LlValue, s: &SomeValue) -> LlValue {
        let t = LlType::Ptr(self.str_type());
        self.convert(cx, v, s, t)
    }

    /// The rbigint operand of a binary method: an rbigint, or for the
    /// `int_` forms an rbigint made from the int.
    fn bigint_operand(&mut self, cx: &mut GraphCx, arg: &(LlValue, SomeValue)) -> LlValue {
        let (v, s) = arg;
        if let SomeValue::BigInt { .. } = s {
            return v.clone();
        }
        let v = self.convert(cx, v.clone(), s, LlType::Signed);
        let tid = self.bigint_tid();
        self.bigint_helper(cx, &rn::BIGINT_FROMINT, vec![tid, v])
    }

    /// `x.name(args)` on an rbigint `x`.
    pub(crate) fn lower_bigint_method(
        &mut self,
        cx: &mut GraphCx,
        name: &str,
        recv: LlValue,
        args: &LlArgs,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        let pos = &args.positional;
        if !args.keywords.is_empty() {
            return Err(not_supported(&format!(
                "keyword arguments to rbigint.{name}()"
            )));
        }
        let base = name.strip_prefix("int_").unwrap_or(name);
        let binary = |h| Some(h);
        let helper: Option<&'static HelperDesc> = match base {
            "add" => binary(&rn::BIGINT_ADD),
            "sub" => binary(&rn::BIGINT_SUB),
            "mul" => binary(&rn::BIGINT_MUL),
            "floordiv" | "div" => binary(&rn::BIGINT_FLOORDIV),
            "mod" => binary(&rn::BIGINT_MOD),
            "and_" => binary(&rn::BIGINT_AND),
            "or_" => binary(&rn::BIGINT_OR),
            "xor" => binary(&rn::BIGINT_XOR),
            _ => None,
        };
        if let Some(h) = helper {
            let b = self.bigint_operand(cx, &pos[0]);
            return Ok(self.bigint_helper(cx, h, vec![recv, b]));
        }
        let cmp = match base {
            "eq" => Some(L::IntEq),
            "ne" => Some(L::IntNe),
            "lt" => Some(L::IntLt),
            "le" => Some(L::IntLe),
            "gt" => Some(L::IntGt),
            "ge" => Some(L::IntGe),
            _ => None,
        };
        if let Some(op) = cmp {
            let b = self.bigint_operand(cx, &pos[0]);
            let c = self.call_helper(cx, &rn::BIGINT_CMP, vec![recv, b]);
            return Ok(cx.emit(op, vec![c, LlValue::int(0)], LlType::Bool));
        }
        let unary =
            |this: &mut Self, cx: &mut GraphCx, h| this.call_helper(cx, h, vec![recv.clone()]);
        Ok(match base {
            "truediv" => {
                let b = self.bigint_operand(cx, &pos[0]);
                self.call_helper(cx, &rn::BIGINT_TRUEDIV, vec![recv, b])
            }
            "divmod" => {
                let b = self.bigint_operand(cx, &pos[0]);
                let q = self.bigint_helper(cx, &rn::BIGINT_FLOORDIV, vec![recv.clone(), b.clone()]);
                let r = self.bigint_helper(cx, &rn::BIGINT_MOD, vec![recv, b]);
                let big = SomeValue::BigInt { nullable: false };
                self.build_tuple(cx, &[(q, big.clone()), (r, big)], result_s)
            }
            "pow" => {
                let b = self.bigint_operand(cx, &pos[0]);
                let t = LlType::Ptr(self.bigint_type());
                let m = match pos.get(1) {
                    Some((m, SomeValue::BigInt { .. })) => m.clone(),
                    Some((_, SomeValue::None)) | None => LlValue::Const(LlConst::Null, t),
                    Some((_, s)) => {
                        return Err(not_supported(&format!(
                            "rbigint.pow() with a modulo that is {}",
                            s.kind_word()
                        )))
                    }
                };
                self.bigint_helper(cx, &rn::BIGINT_POW, vec![recv, b, m])
            }
            "lshift" | "rshift" => {
                let h = if base == "lshift" {
                    &rn::BIGINT_LSHIFT
                } else {
                    &rn::BIGINT_RSHIFT
                };
                let n = self.convert(cx, pos[0].0.clone(), &pos[0].1, LlType::Signed);
                self.bigint_helper(cx, h, vec![recv, n])
            }
            "neg" => self.bigint_helper(cx, &rn::BIGINT_NEG, vec![recv]),
            "abs" => self.bigint_helper(cx, &rn::BIGINT_ABS, vec![recv]),
            "invert" => self.bigint_helper(cx, &rn::BIGINT_INVERT, vec![recv]),
            // `tolong()` is a Python int untranslated; translated it is a
            // machine int (OverflowError when it does not fit).
            "toint" | "tolonglong" | "tolong" => unary(self, cx, &rn::BIGINT_TOINT),
            "touint" | "toulonglong" => unary(self, cx, &rn::BIGINT_TOUINT),
            "tofloat" => unary(self, cx, &rn::BIGINT_TOFLOAT),
            "tobool" => {
                let s = unary(self, cx, &rn::BIGINT_SIGN);
                cx.emit(L::IntNe, vec![s, LlValue::int(0)], LlType::Bool)
            }
            "hash" => unary(self, cx, &rn::BIGINT_HASH),
            "bit_length" => unary(self, cx, &rn::BIGINT_BIT_LENGTH),
            "is_odd" => unary(self, cx, &rn::BIGINT_IS_ODD),
            "numdigits" => unary(self, cx, &rn::BIGINT_NUMDIGITS),
            "str" | "repr" | "hex" | "oct" | "bin" => {
                let radix = match base {
                    "hex" => 16,
                    "oct" => 8,
                    "bin" => 2,
                    _ => 10,
                };
                let tid = self.str_tid();
                self.call_helper(
                    cx,
                    &rn::BIGINT_TO_BASE,
                    vec![tid, recv, LlValue::int(radix)],
                )
            }
            "format" => {
                let d = self.bigint_str_arg(cx, pos[0].0.clone(), &pos[0].1);
                let tid = self.str_tid();
                self.call_helper(cx, &rn::BIGINT_FORMAT, vec![tid, recv, d])
            }
            "log" => {
                let b = self.convert(cx, pos[0].0.clone(), &pos[0].1, LlType::Float);
                self.call_helper(cx, &rn::BIGINT_LOG, vec![recv, b])
            }
            "tobytes" => self.lower_bigint_tobytes(cx, recv, pos)?,
            _ => return Err(not_supported(&format!("the method `{name}` of an rbigint"))),
        })
    }

    /// `x.tobytes(nbytes, byteorder, signed)` with a constant byteorder.
    fn lower_bigint_tobytes(
        &mut self,
        cx: &mut GraphCx,
        recv: LlValue,
        pos: &[(LlValue, SomeValue)],
    ) -> Result<LlValue, String> {
        if pos.len() != 3 {
            return Err(not_supported(
                "rbigint.tobytes() without exactly three arguments",
            ));
        }
        let little =
            match &pos[1].1 {
                SomeValue::Str { konst: Some(k), .. } if &**k == "little" || &**k == "big" => {
                    &**k == "little"
                }
                _ => return Err(not_supported(
                    "rbigint.tobytes() with a byteorder that is not the constant 'little' or 'big'",
                )),
            };
        let n = self.convert(cx, pos[0].0.clone(), &pos[0].1, LlType::Signed);
        let signed = self.truth(cx, pos[2].0.clone(), &pos[2].1)?;
        let tid = self.str_tid();
        Ok(self.call_helper(
            cx,
            &rn::BIGINT_TOBYTES,
            vec![
                tid,
                recv,
                n,
                LlValue::Const(LlConst::Bool(little), LlType::Bool),
                signed,
            ],
        ))
    }
}
