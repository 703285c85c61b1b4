//! `%`-formatting of strings and format specs in f-strings.
//!
//! A `%` format must be a constant: it is parsed here, at translation time
//! (`pytext::percent_pieces`), into literal pieces and conversions. Each
//! conversion becomes the conversion of its argument (`str()`, `repr()`,
//! or a `percent_*` helper when flags, width or precision ask for more
//! than `str()`), and the pieces are joined by one call of
//! `str_join_items` (or `str_concat` for two pieces). A format the
//! program's values cannot satisfy (wrong number of arguments, `%d` of a
//! str, a malformed format) is a translation-time error at the `%`, with
//! the text of the exception CPython would raise.
//!
//! An f-string spec (`f"{x:>8.2f}"`) is validated here against the value's
//! type and passed as its text to a `format_*_spec` helper.

use annotator::SomeValue;
use flowgraph::Op;
use pytext::{FormatSpec, PercentCount, PercentPiece, PercentSpec};

use crate::llgraph::{LlConst, LlValue};
use crate::llops::LlOpName as L;
use crate::lltype::LlType;
use crate::lower::GraphCx;
use crate::rops::not_supported;
use crate::rtyper::RTyper;
use crate::runtime_names as rn;

type LlResult = Result<LlValue, String>;

/// The bits of `runtime::string::format::PercentFlags`.
const LEFT: i64 = 1;
const PLUS: i64 = 2;
const SPACE: i64 = 4;
const ALTERNATE: i64 = 8;
const ZERO: i64 = 16;

fn flags_of(spec: &PercentSpec) -> i64 {
    let mut f = 0;
    for (on, bit) in [
        (spec.left, LEFT),
        (spec.plus, PLUS),
        (spec.space, SPACE),
        (spec.alternate, ALTERNATE),
        (spec.zero, ZERO),
    ] {
        if on {
            f |= bit;
        }
    }
    f
}

fn count_of(c: Option<PercentCount>) -> i64 {
    match c {
        Some(PercentCount::Given(n)) => n as i64,
        _ => -1,
    }
}

/// The Python type name of values annotated `s` (for messages).
fn type_name(s: &SomeValue) -> &'static str {
    match s {
        SomeValue::Int { .. } => "int",
        SomeValue::Bool { .. } => "bool",
        SomeValue::Float { .. } => "float",
        SomeValue::Char { .. } | SomeValue::Str { .. } => "str",
        SomeValue::Bytes { .. } => "bytes",
        SomeValue::None => "NoneType",
        SomeValue::List { .. } => "list",
        SomeValue::Dict { .. } => "dict",
        SomeValue::Tuple(_) => "tuple",
        _ => "object",
    }
}

/// A translation-time error with the text of the exception CPython raises.
fn raises(kind: &str, msg: &str) -> String {
    format!("this formatting always raises {kind}: {msg}")
}

impl RTyper<'_, '_> {
    /// `fmt % values` where `fmt` is a str.
    pub(crate) fn lower_percent(
        &mut self,
        cx: &mut GraphCx,
        op: &Op,
        args_s: &[SomeValue],
    ) -> LlResult {
        let fmt: String = match &args_s[0] {
            SomeValue::Str { konst: Some(k), .. } => k.to_string(),
            SomeValue::Char { konst: Some(c) } => c.to_string(),
            SomeValue::Str { .. } | SomeValue::Char { .. } => {
                return Err(not_supported(
                    "`%` formatting with a format that is not a constant",
                ))
            }
            other => return Err(not_supported(&format!("`%` on {}", other.kind_word()))),
        };
        // The arguments: the items of a tuple, or the one value.
        let rhs = self.arg(cx, op, 1, args_s);
        let mut values: Vec<(LlValue, SomeValue)> = match &args_s[1] {
            SomeValue::Tuple(items) => {
                let items = items.clone();
                let mut out = Vec::new();
                for (i, is) in items.iter().enumerate() {
                    let ty = self.lltype(is);
                    let f = LlValue::void(LlConst::Field(i as u32));
                    out.push((cx.emit(L::GetField, vec![rhs.clone(), f], ty), is.clone()));
                }
                out
            }
            other => vec![(rhs, other.clone())],
        };
        values.reverse();
        let mut pieces: Vec<LlValue> = Vec::new();
        for piece in pytext::percent_pieces(&fmt) {
            let piece = piece.map_err(|m| raises("ValueError", &m))?;
            let spec = match piece {
                PercentPiece::Literal(text) => {
                    let k = self.str_const(&text);
                    pieces.push(LlValue::Const(k, LlType::Ptr(self.str_type())));
                    continue;
                }
                PercentPiece::Conversion(spec) => spec,
            };
            if spec.key.is_some() {
                return Err(not_supported(
                    "`%(name)` conversions (formatting with a dict)",
                ));
            }
            if spec.width == Some(PercentCount::FromArgs)
                || spec.precision == Some(PercentCount::FromArgs)
            {
                return Err(not_supported("`*` widths and precisions in `%` formats"));
            }
            let Some((v, s)) = values.pop() else {
                return Err(raises(
                    "TypeError",
                    "not enough arguments for format string",
                ));
            };
            if let Some(msg) = spec.unsupported_error() {
                return Err(raises("ValueError", &msg));
            }
            let p = self.percent_conversion(cx, &spec, v, &s)?;
            pieces.push(p);
        }
        if !values.is_empty() {
            return Err(raises(
                "TypeError",
                "not all arguments converted during string formatting",
            ));
        }
        Ok(self.concat_pieces(cx, pieces))
    }

    /// The pieces joined into one string.
    pub(crate) fn concat_pieces(&mut self, cx: &mut GraphCx, mut pieces: Vec<LlValue>) -> LlValue {
        match pieces.len() {
            0 => self.empty_str(),
            1 => pieces.pop().expect("one piece"),
            2 => self.call_helper(cx, &rn::STR_CONCAT, pieces),
            _ => {
                let sep = self.empty_str();
                self.join_values(cx, sep, pieces)
            }
        }
    }

    /// One conversion of a `%` format.
    fn percent_conversion(
        &mut self,
        cx: &mut GraphCx,
        spec: &PercentSpec,
        v: LlValue,
        s: &SomeValue,
    ) -> LlResult {
        let flags = flags_of(spec);
        let (width, precision) = (count_of(spec.width), count_of(spec.precision));
        let plain = flags == 0 && width < 0 && precision < 0;
        let code = LlValue::Const(LlConst::Char(spec.code as u32), LlType::UniChar);
        let numeric_name =
            |s: &SomeValue| matches!(s, SomeValue::Int { .. } | SomeValue::Bool { .. });
        match spec.code {
            's' | 'r' | 'c' if spec.code != 'c' || matches!(s, SomeValue::Char { .. }) => {
                let text = match spec.code {
                    's' => self.to_str(cx, v, s)?,
                    'r' => self.to_repr(cx, v, s)?,
                    _ => self.as_str_value(cx, v, s),
                };
                if plain || (spec.code == 'c' && width < 0) {
                    return Ok(text);
                }
                let args = vec![
                    text,
                    code,
                    LlValue::int(flags),
                    LlValue::int(width),
                    LlValue::int(precision),
                ];
                Ok(self.call_helper(cx, &rn::PERCENT_STR, args))
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'c' => {
                let integer_only = !matches!(spec.code, 'd' | 'i' | 'u');
                let v = match s {
                    SomeValue::Int { ty, .. } if !ty.signed() => {
                        if plain && !integer_only {
                            let v = self.convert(cx, v, s, LlType::Unsigned);
                            let t = self.str_tid();
                            return Ok(self.call_helper(cx, &rn::UINT_TO_STR, vec![t, v]));
                        }
                        return Err(not_supported(&format!(
                            "`%{}` with flags of an unsigned int",
                            spec.code
                        )));
                    }
                    s if numeric_name(s) => self.convert(cx, v, s, LlType::Signed),
                    SomeValue::Float { .. } if !integer_only => {
                        cx.emit(L::CastFloatToInt, vec![v], LlType::Signed)
                    }
                    other => {
                        let msg = match spec.code {
                            'c' => "%c requires int or char".to_string(),
                            'd' | 'i' | 'u' => format!(
                                "%{} format: a real number is required, not {}",
                                spec.code,
                                type_name(other)
                            ),
                            _ => format!(
                                "%{} format: an integer is required, not {}",
                                spec.code,
                                type_name(other)
                            ),
                        };
                        return Err(raises("TypeError", &msg));
                    }
                };
                let t = self.str_tid();
                if plain && !integer_only {
                    return Ok(self.call_helper(cx, &rn::INT_TO_STR, vec![t, v]));
                }
                let args = vec![
                    t,
                    v,
                    code,
                    LlValue::int(flags),
                    LlValue::int(width),
                    LlValue::int(precision),
                ];
                Ok(self.call_helper(cx, &rn::PERCENT_INT, args))
            }
            _ => {
                // e E f F g G
                let v = match s {
                    SomeValue::Float { .. } => v,
                    s if numeric_name(s) => self.convert(cx, v, s, LlType::Float),
                    other => {
                        let msg = format!("must be real number, not {}", type_name(other));
                        return Err(raises("TypeError", &msg));
                    }
                };
                let t = self.str_tid();
                let args = vec![
                    t,
                    v,
                    code,
                    LlValue::int(flags),
                    LlValue::int(width),
                    LlValue::int(precision),
                ];
                Ok(self.call_helper(cx, &rn::PERCENT_FLOAT, args))
            }
        }
    }

    /// `format(v, spec)` of an f-string replacement field with a
    /// non-empty constant spec.
    pub(crate) fn lower_format_spec(
        &mut self,
        cx: &mut GraphCx,
        v: LlValue,
        s: &SomeValue,
        spec: &str,
    ) -> LlResult {
        let tname = type_name(s);
        let parsed = FormatSpec::parse_for(spec, if tname == "bool" { "int" } else { tname })
            .map_err(|m| raises("ValueError", &m))?;
        // Errors that depend only on the spec and the type show with any
        // value of the type.
        let trial = match s {
            SomeValue::Int { ty, .. } if !ty.signed() => {
                return Err(not_supported("format specs of an unsigned int"))
            }
            SomeValue::Int { .. } | SomeValue::Bool { .. } => pytext::format_int(0, &parsed),
            SomeValue::Float { .. } => pytext::format_float_spec(0.0, &parsed),
            SomeValue::Str { .. } | SomeValue::Char { .. } => pytext::format_str("", &parsed),
            other => {
                let msg = format!(
                    "unsupported format string passed to {}.__format__",
                    type_name(other)
                );
                return Err(raises("TypeError", &msg));
            }
        };
        trial.map_err(|m| raises("ValueError", &m))?;
        let k = self.str_const(spec);
        let spec_v = LlValue::Const(k, LlType::Ptr(self.str_type()));
        Ok(match s {
            SomeValue::Float { .. } => {
                self.call_helper(cx, &rn::FORMAT_FLOAT_SPEC, vec![spec_v, v])
            }
            SomeValue::Str { .. } | SomeValue::Char { .. } => {
                let v = self.as_str_value(cx, v, s);
                self.call_helper(cx, &rn::FORMAT_STR_SPEC, vec![spec_v, v])
            }
            _ => {
                let v = self.convert(cx, v, s, LlType::Signed);
                self.call_helper(cx, &rn::FORMAT_INT_SPEC, vec![spec_v, v])
            }
        })
    }
}
