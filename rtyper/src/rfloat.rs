//! `rpython.rlib.rfloat` calls and the tuple-returning `math.frexp` /
//! `math.modf`: each becomes runtime helper calls (`runtime::rfloat`,
//! `runtime::math`).

use annotator::SomeValue;

use crate::llgraph::LlValue;
use crate::lltype::LlType;
use crate::lower::GraphCx;
use crate::rcall::LlArgs;
use crate::rtyper::RTyper;
use crate::runtime_names as rn;

impl RTyper<'_, '_> {
    /// The call `module.name(args)` if it is one of this module's; `None`
    /// for other functions.
    pub(crate) fn lower_rfloat_call(
        &mut self,
        cx: &mut GraphCx,
        module: &str,
        name: &str,
        args: &LlArgs,
        result_s: &SomeValue,
    ) -> Result<Option<LlValue>, String> {
        let pos = &args.positional;
        let float = |this: &mut Self, cx: &mut GraphCx, i: usize| {
            this.convert(cx, pos[i].0.clone(), &pos[i].1, LlType::Float)
        };
        let int = |this: &mut Self, cx: &mut GraphCx, i: usize, default: i64| match pos.get(i) {
            Some((v, s)) => this.convert(cx, v.clone(), s, LlType::Signed),
            None => LlValue::int(default),
        };
        Ok(Some(match (module, name) {
            ("math", "frexp" | "modf") => {
                let x = float(self, cx, 0);
                let (first, second) = if name == "frexp" {
                    (&rn::MATH_FREXP_MANTISSA, &rn::MATH_FREXP_EXPONENT)
                } else {
                    (&rn::MATH_MODF_FRACTION, &rn::MATH_MODF_INTEGER)
                };
                let a = self.call_helper(cx, first, vec![x.clone()]);
                let b = self.call_helper(cx, second, vec![x]);
                let items = self.tuple_items_of(result_s)?;
                self.build_tuple(
                    cx,
                    &[(a, items[0].clone()), (b, items[1].clone())],
                    result_s,
                )
            }
            ("rpython.rlib.rfloat", "formatd" | "double_to_string") => {
                let x = float(self, cx, 0);
                let code = self.as_str_value(cx, pos[1].0.clone(), &pos[1].1);
                let precision = int(self, cx, 2, 0);
                let flags = int(self, cx, 3, 0);
                let tid = self.str_tid();
                let text = self.call_helper(
                    cx,
                    &rn::RFLOAT_FORMATD,
                    vec![tid, x.clone(), code, precision, flags],
                );
                if name == "formatd" {
                    text
                } else {
                    let special = self.call_helper(cx, &rn::RFLOAT_SPECIAL, vec![x]);
                    let items = self.tuple_items_of(result_s)?;
                    self.build_tuple(
                        cx,
                        &[(text, items[0].clone()), (special, items[1].clone())],
                        result_s,
                    )
                }
            }
            ("rpython.rlib.rfloat", "string_to_float") => {
                let s = self.as_str_value(cx, pos[0].0.clone(), &pos[0].1);
                self.call_helper(cx, &rn::RFLOAT_STRING_TO_FLOAT, vec![s])
            }
            ("rpython.rlib.rfloat", "round_double") => {
                let x = float(self, cx, 0);
                let ndigits = int(self, cx, 1, 0);
                let half_even = match pos.get(2) {
                    Some((v, s)) => self.convert(cx, v.clone(), s, LlType::Bool),
                    None => LlValue::Const(crate::llgraph::LlConst::Bool(false), LlType::Bool),
                };
                self.call_helper(cx, &rn::RFLOAT_ROUND_DOUBLE, vec![x, ndigits, half_even])
            }
            ("rpython.rlib.rfloat", "round_away") => {
                let x = float(self, cx, 0);
                self.call_helper(cx, &rn::RFLOAT_ROUND_AWAY, vec![x])
            }
            _ => return Ok(None),
        }))
    }

    /// The item annotations of a tuple result.
    fn tuple_items_of(&self, s: &SomeValue) -> Result<Vec<SomeValue>, String> {
        match s {
            SomeValue::Tuple(items) => Ok(items.to_vec()),
            other => Err(format!(
                "internal error: {} is not a tuple",
                other.kind_word()
            )),
        }
    }
}
