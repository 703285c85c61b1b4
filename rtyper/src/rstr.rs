//! Strings: the methods of `str`, of characters (a `str` of length 1 the
//! annotator knows, a `UniChar` value) and of `bytes`; `StringBuilder` /
//! `ByteStringBuilder`; and the string builtins `repr`, `hex`/`oct`/`bin`
//! and `compute_hash`.
//!
//! Methods become calls of runtime helpers (`runtime::string::*`), with
//! Python's defaults filled in here: `s.split()` passes a null separator
//! (whitespace), `find(sub)` passes `start = 0, end = i64::MAX` (the
//! helpers apply CPython's index adjustment), `strip()` passes null chars,
//! `replace(a, b)` a count of -1. Character receivers use the `char_*`
//! helpers for predicates (no allocation) and are converted to a string for
//! the other methods, case mappings included: the annotator types
//! `c.upper()` of a character as a str, since a mapping may give several
//! characters (`'ß'.upper() == 'SS'`). Keyword arguments of the methods
//! that take them (`s.split(sep=",")`) are moved to their positions first
//! (`annotator::methodkw`).
//!
//! A builder is a GC struct `{length, used, buf}` laid out like the
//! runtime's `RpyBuilder`; `getlength()` and `len()` read `length`.

use annotator::SomeValue;

use crate::llgraph::{fld, LlConst, LlValue};
use crate::llops::LlOpName as L;
use crate::lltype::{Field, LlType, TypeId, TypeKind};
use crate::lower::GraphCx;
use crate::rcall::LlArgs;
use crate::rops::not_supported;
use crate::rtyper::RTyper;
use crate::runtime_names::{self as rn, HType, HelperDesc};

type LlResult = Result<LlValue, String>;

fn tid(t: TypeId) -> LlValue {
    LlValue::void(LlConst::Type(t))
}

/// Which helper implements a method on `str` and on `bytes` (None: not a
/// method of that type here).
struct TextHelpers {
    name: &'static str,
    on_str: &'static HelperDesc,
    on_bytes: Option<&'static HelperDesc>,
}

macro_rules! text_table {
    ($($name:literal => $s:ident, $b:expr;)*) => {
        &[$(TextHelpers { name: $name, on_str: &rn::$s, on_bytes: $b }),*]
    };
}

/// `(sub, start=0, end=MAX)` searches.
static SEARCHES: &[TextHelpers] = text_table! {
    "find" => STR_FIND, Some(&rn::BYTES_FIND);
    "rfind" => STR_RFIND, Some(&rn::BYTES_RFIND);
    "count" => STR_COUNT, Some(&rn::BYTES_COUNT);
    "index" => STR_INDEX, Some(&rn::BYTES_INDEX);
    "rindex" => STR_RINDEX, None;
    "startswith" => STR_STARTSWITH, Some(&rn::BYTES_STARTSWITH);
    "endswith" => STR_ENDSWITH, Some(&rn::BYTES_ENDSWITH);
};

/// Methods without arguments on the whole string.
static NULLARY: &[TextHelpers] = text_table! {
    "lower" => STR_LOWER, Some(&rn::BYTES_LOWER);
    "upper" => STR_UPPER, Some(&rn::BYTES_UPPER);
    "capitalize" => STR_CAPITALIZE, None;
    "swapcase" => STR_SWAPCASE, None;
    "title" => STR_TITLE, None;
    "isdigit" => STR_ISDIGIT, Some(&rn::BYTES_ISDIGIT);
    "isdecimal" => STR_ISDECIMAL, None;
    "isnumeric" => STR_ISNUMERIC, None;
    "isalpha" => STR_ISALPHA, Some(&rn::BYTES_ISALPHA);
    "isalnum" => STR_ISALNUM, Some(&rn::BYTES_ISALNUM);
    "isspace" => STR_ISSPACE, Some(&rn::BYTES_ISSPACE);
    "islower" => STR_ISLOWER, Some(&rn::BYTES_ISLOWER);
    "isupper" => STR_ISUPPER, Some(&rn::BYTES_ISUPPER);
    "isidentifier" => STR_ISIDENTIFIER, None;
};

/// `(chars=None)` strips.
static STRIPS: &[TextHelpers] = text_table! {
    "strip" => STR_STRIP, Some(&rn::BYTES_STRIP);
    "lstrip" => STR_LSTRIP, Some(&rn::BYTES_LSTRIP);
    "rstrip" => STR_RSTRIP, Some(&rn::BYTES_RSTRIP);
};

/// `(sep=None, maxsplit=-1)` splits.
static SPLITS: &[TextHelpers] = text_table! {
    "split" => STR_SPLIT, Some(&rn::BYTES_SPLIT);
    "rsplit" => STR_RSPLIT, Some(&rn::BYTES_RSPLIT);
    "splitlines" => STR_SPLITLINES, Some(&rn::BYTES_SPLITLINES);
};

/// Methods of one character that need no string.
static CHAR_METHODS: &[(&str, &HelperDesc)] = &[
    ("isdigit", &rn::CHAR_ISDIGIT),
    ("isdecimal", &rn::CHAR_ISDECIMAL),
    ("isnumeric", &rn::CHAR_ISNUMERIC),
    ("isalpha", &rn::CHAR_ISALPHA),
    ("isalnum", &rn::CHAR_ISALNUM),
    ("isspace", &rn::CHAR_ISSPACE),
    ("islower", &rn::CHAR_ISLOWER),
    ("isupper", &rn::CHAR_ISUPPER),
    ("isidentifier", &rn::CHAR_ISIDENTIFIER),
    ("upper", &rn::CHAR_UPPER),
    ("lower", &rn::CHAR_LOWER),
    ("swapcase", &rn::CHAR_SWAPCASE),
    ("capitalize", &rn::CHAR_TITLE),
    ("title", &rn::CHAR_TITLE),
];

fn find_helper(table: &[TextHelpers], name: &str, bytes: bool) -> Option<&'static HelperDesc> {
    let row = table.iter().find(|r| r.name == name)?;
    if bytes {
        row.on_bytes
    } else {
        Some(row.on_str)
    }
}

/// The codec an encoding name means (0: UTF-8, 1: ASCII, 2: Latin-1),
/// following CPython's aliases for these three.
fn codec_of(name: &str) -> Option<usize> {
    let n = name.to_ascii_lowercase().replace('_', "-");
    Some(match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => 0,
        "ascii" | "us-ascii" | "646" => 1,
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" => 2,
        _ => return None,
    })
}

/// The helpers of `str.encode` and `bytes.decode` per codec.
static ENCODERS: [&HelperDesc; 3] = [
    &rn::STR_ENCODE_UTF8,
    &rn::STR_ENCODE_ASCII,
    &rn::STR_ENCODE_LATIN1,
];
static DECODERS: [&HelperDesc; 3] = [
    &rn::BYTES_DECODE_UTF8,
    &rn::BYTES_DECODE_ASCII,
    &rn::BYTES_DECODE_LATIN1,
];

impl RTyper<'_, '_> {
    /// The pointer type of strings.
    fn str_ptr(&self) -> LlType {
        LlType::Ptr(self.str_type())
    }

    /// The empty string.
    pub(crate) fn empty_str(&mut self) -> LlValue {
        let e = self.str_const("");
        LlValue::Const(e, self.str_ptr())
    }

    /// `v` (a str, bytes or character) as a string value: a constant
    /// character becomes a prebuilt string, a variable one a new string.
    pub(crate) fn as_str_value(&mut self, cx: &mut GraphCx, v: LlValue, s: &SomeValue) -> LlValue {
        if let SomeValue::Char { konst: Some(c) } = s {
            let k = self.str_const(&c.to_string());
            return LlValue::Const(k, self.str_ptr());
        }
        let st = self.str_ptr();
        self.convert(cx, v, s, st)
    }

    /// An optional text argument: None or absent is a null string.
    fn opt_text(&mut self, cx: &mut GraphCx, a: Option<&(LlValue, SomeValue)>) -> LlValue {
        match a {
            None | Some((_, SomeValue::None)) => LlValue::Const(LlConst::Null, self.str_ptr()),
            Some((v, s)) => self.as_str_value(cx, v.clone(), s),
        }
    }

    /// An optional int argument (None or absent: `default`).
    fn opt_int(
        &mut self,
        cx: &mut GraphCx,
        a: Option<&(LlValue, SomeValue)>,
        default: i64,
    ) -> LlValue {
        match a {
            None | Some((_, SomeValue::None)) => LlValue::int(default),
            Some((v, s)) => self.convert(cx, v.clone(), s, LlType::Signed),
        }
    }

    /// A required text argument.
    fn text_arg(&mut self, cx: &mut GraphCx, args: &LlArgs, i: usize) -> LlValue {
        let (v, s) = args.positional[i].clone();
        self.as_str_value(cx, v, &s)
    }

    /// The arguments of text method `name` with its keyword arguments
    /// moved to their positions (`annotator::methodkw`).
    fn keywords_to_positional(&mut self, name: &str, args: &LlArgs) -> Result<LlArgs, String> {
        use annotator::methodkw::{to_positional, KwDefault};
        let mut pos: Vec<Result<(LlValue, SomeValue), KwDefault>> =
            args.positional.iter().cloned().map(Ok).collect();
        let kws = args
            .keywords
            .iter()
            .map(|(k, v, s)| (k.clone(), Ok((v.clone(), s.clone()))))
            .collect();
        to_positional(name, &mut pos, kws, Err).map_err(|e| not_supported(&e))?;
        let positional = pos
            .into_iter()
            .map(|a| match a {
                Ok(a) => a,
                Err(KwDefault::None) => (LlValue::void(LlConst::Void), SomeValue::None),
                Err(KwDefault::Str(k)) => {
                    let c = self.str_const(k);
                    let s = SomeValue::Str {
                        nullable: false,
                        konst: Some(k.into()),
                    };
                    (LlValue::Const(c, self.str_ptr()), s)
                }
            })
            .collect();
        Ok(LlArgs {
            positional,
            keywords: Vec::new(),
        })
    }

    /// `receiver.name(args)` where the receiver is a str, a character or a
    /// bytes.
    pub(crate) fn lower_text_method(
        &mut self,
        cx: &mut GraphCx,
        name: &str,
        recv: LlValue,
        recv_s: &SomeValue,
        args: &LlArgs,
        result_s: &SomeValue,
    ) -> LlResult {
        if let SomeValue::Char { .. } = recv_s {
            // The case mappings only when the annotator made the result a
            // character (it types them as str).
            if let Some((_, h)) = CHAR_METHODS.iter().find(|(n, _)| *n == name) {
                if h.result == HType::Bool || matches!(result_s, SomeValue::Char { .. }) {
                    let c = self.convert(cx, recv, recv_s, LlType::UniChar);
                    return Ok(self.call_helper(cx, h, vec![c]));
                }
            }
        }
        let normalized;
        let args = if args.keywords.is_empty() {
            args
        } else {
            normalized = self.keywords_to_positional(name, args)?;
            &normalized
        };
        let bytes = matches!(recv_s, SomeValue::Bytes { .. });
        let s = self.as_str_value(cx, recv, recv_s);
        let pos = &args.positional;
        let unsupported =
            || not_supported(&format!("the method `{name}` of {}", recv_s.kind_word()));
        if let Some(h) = find_helper(SEARCHES, name, bytes) {
            let sub = self.text_arg(cx, args, 0);
            let start = self.opt_int(cx, pos.get(1), 0);
            let end = self.opt_int(cx, pos.get(2), i64::MAX);
            return Ok(self.call_helper(cx, h, vec![s, sub, start, end]));
        }
        if let Some(h) = find_helper(NULLARY, name, bytes) {
            return Ok(self.call_helper(cx, h, vec![s]));
        }
        if let Some(h) = find_helper(STRIPS, name, bytes) {
            let chars = self.opt_text(cx, pos.first());
            return Ok(self.call_helper(cx, h, vec![s, chars]));
        }
        if let Some(h) = find_helper(SPLITS, name, bytes) {
            let rest = if name == "splitlines" {
                let keep = match pos.first() {
                    None => LlValue::Const(LlConst::Bool(false), LlType::Bool),
                    Some((v, vs)) => self.truth(cx, v.clone(), vs)?,
                };
                vec![s, keep]
            } else {
                let sep = self.opt_text(cx, pos.first());
                let max = self.opt_int(cx, pos.get(1), -1);
                vec![s, sep, max]
            };
            return Ok(self.list_result(cx, h, rest, result_s));
        }
        Ok(match name {
            "join" => self.lower_join(cx, s, &pos[0].0, &pos[0].1)?,
            "replace" => {
                let old = self.text_arg(cx, args, 0);
                let new = self.text_arg(cx, args, 1);
                let count = self.opt_int(cx, pos.get(2), -1);
                let h = if bytes {
                    &rn::BYTES_REPLACE
                } else {
                    &rn::STR_REPLACE
                };
                self.call_helper(cx, h, vec![s, old, new, count])
            }
            "encode" | "decode" => {
                let mut codec = 0;
                for (i, what) in [(0, "encoding"), (1, "errors")] {
                    let Some((_, a)) = pos.get(i) else { continue };
                    let ok = match a {
                        SomeValue::Str { konst: Some(k), .. } if i == 0 => {
                            codec_of(k).map(|c| codec = c).is_some()
                        }
                        SomeValue::Str { konst: Some(k), .. } => &**k == "strict",
                        _ => false,
                    };
                    if !ok {
                        return Err(not_supported(&format!(
                            ".{name}() with this {what} (only constant 'utf-8', 'ascii' or \
                             'latin-1' and 'strict')"
                        )));
                    }
                }
                let h = if name == "encode" {
                    ENCODERS[codec]
                } else {
                    DECODERS[codec]
                };
                let t = self.str_tid();
                self.call_helper(cx, h, vec![t, s])
            }
            "ljust" | "rjust" | "center" if !bytes => {
                let width = self.opt_int(cx, pos.first(), 0);
                let fill = match pos.get(1) {
                    None => LlValue::Const(LlConst::Char(' ' as u32), LlType::UniChar),
                    Some((v, vs @ SomeValue::Char { .. })) => {
                        self.convert(cx, v.clone(), vs, LlType::UniChar)
                    }
                    Some(_) => {
                        return Err(not_supported(
                            "a fill character not known to be one character",
                        ))
                    }
                };
                let h = match name {
                    "ljust" => &rn::STR_LJUST,
                    "rjust" => &rn::STR_RJUST,
                    _ => &rn::STR_CENTER,
                };
                self.call_helper(cx, h, vec![s, width, fill])
            }
            "zfill" if !bytes => {
                let width = self.opt_int(cx, pos.first(), 0);
                self.call_helper(cx, &rn::STR_ZFILL, vec![s, width])
            }
            "partition" | "rpartition" => {
                let SomeValue::Tuple(items) = result_s else {
                    return Err(unsupported());
                };
                let t = self.tuple_type(&items.clone());
                let sep = self.text_arg(cx, args, 0);
                let h = if name == "partition" {
                    &rn::STR_PARTITION
                } else {
                    &rn::STR_RPARTITION
                };
                let r = self.call_helper(cx, h, vec![tid(t), s, sep]);
                cx.emit(L::CastPtr, vec![r], LlType::Ptr(t))
            }
            _ => return Err(unsupported()),
        })
    }

    /// Calls a helper returning a new list of strings (`(list_tid,
    /// array_tid, rest...)`) and gives the list in the representation of
    /// `list_s`: a fixed-size list is the items array of the helper's list.
    pub(crate) fn list_result(
        &mut self,
        cx: &mut GraphCx,
        h: &'static HelperDesc,
        rest: Vec<LlValue>,
        list_s: &SomeValue,
    ) -> LlValue {
        let repr = self.list_repr_of(list_s);
        let list_ty = if repr.fixed {
            self.scratch_list_type(repr.array)
        } else {
            repr.ty
        };
        let mut args = vec![tid(list_ty), tid(repr.array)];
        args.extend(rest);
        let r = self.call_helper(cx, h, args);
        let l = cx.emit(L::CastPtr, vec![r], LlType::Ptr(list_ty));
        if repr.fixed {
            cx.emit(L::GetField, vec![l, fld(1)], LlType::Ptr(repr.array))
        } else {
            l
        }
    }

    /// A resizable-list struct over `array`, used only to receive lists
    /// made by helpers when the program's list is a fixed-size array.
    fn scratch_list_type(&mut self, array: TypeId) -> TypeId {
        let name = format!("HelperList_{}", self.prog.types.get(array).name);
        if let Some(t) = self.prog.types.by_name(&name) {
            return t;
        }
        self.prog.types.add(
            name,
            TypeKind::Struct {
                fields: vec![
                    Field::new("length", LlType::Signed),
                    Field::new("items", LlType::Ptr(array)),
                ],
                varsize: None,
            },
            true,
        )
    }

    /// A GC array of strings (the pieces of a join or of a formatting).
    pub(crate) fn str_array_type(&mut self) -> TypeId {
        if let Some(t) = self.prog.types.by_name("StrArray") {
            return t;
        }
        let item = self.str_ptr();
        self.prog
            .types
            .add("StrArray".into(), TypeKind::Array { item }, true)
    }

    /// `sep.join(pieces)` of string values known here.
    pub(crate) fn join_values(
        &mut self,
        cx: &mut GraphCx,
        sep: LlValue,
        pieces: Vec<LlValue>,
    ) -> LlValue {
        let t = self.str_array_type();
        let n = LlValue::int(pieces.len() as i64);
        let arr = cx.emit(L::MallocVarsize, vec![tid(t), n.clone()], LlType::Ptr(t));
        for (i, p) in pieces.into_iter().enumerate() {
            cx.emit(
                L::SetArrayItem,
                vec![arr.clone(), LlValue::int(i as i64), p],
                LlType::Void,
            );
        }
        self.call_helper(cx, &rn::STR_JOIN_ITEMS, vec![sep, arr, n])
    }

    /// `sep.join(items)` for a list or a tuple of strings or characters.
    fn lower_join(
        &mut self,
        cx: &mut GraphCx,
        sep: LlValue,
        v: &LlValue,
        s: &SomeValue,
    ) -> LlResult {
        match s {
            SomeValue::List { .. } => {
                let repr = self.list_repr_of(s);
                let (items, n) = self.list_items_and_len(cx, v, s);
                Ok(match repr.item {
                    LlType::UniChar => {
                        self.call_helper(cx, &rn::STR_JOIN_CHARS, vec![sep, items, n])
                    }
                    LlType::Void => self.empty_str(),
                    _ => self.call_helper(cx, &rn::STR_JOIN_ITEMS, vec![sep, items, n]),
                })
            }
            SomeValue::Tuple(item_s) => {
                let item_s = item_s.clone();
                let mut pieces = Vec::new();
                for (i, is) in item_s.iter().enumerate() {
                    let ty = self.lltype(is);
                    let x = cx.emit(L::GetField, vec![v.clone(), fld(i as u32)], ty);
                    pieces.push(self.as_str_value(cx, x, is));
                }
                Ok(self.join_values(cx, sep, pieces))
            }
            other => Err(not_supported(&format!(".join() of {}", other.kind_word()))),
        }
    }

    // ---- StringBuilder ----

    /// The builder struct (layout of `runtime::string::builder::RpyBuilder`).
    pub(crate) fn builder_type(&mut self) -> TypeId {
        if let Some(t) = self.prog.types.by_name("RpyBuilder") {
            return t;
        }
        let st = self.str_ptr();
        self.prog.types.add(
            "RpyBuilder".into(),
            TypeKind::Struct {
                fields: vec![
                    Field::new("length", LlType::Signed),
                    Field::new("used", LlType::Signed),
                    Field::new("buf", st),
                ],
                varsize: None,
            },
            true,
        )
    }

    /// `StringBuilder(init_size)` / `ByteStringBuilder(init_size)`.
    pub(crate) fn new_builder(&mut self, cx: &mut GraphCx, args: &LlArgs) -> LlValue {
        let t = self.builder_type();
        let cap = self.opt_int(cx, args.positional.first(), -1);
        let st = self.str_tid();
        let r = self.call_helper(cx, &rn::BUILDER_NEW, vec![tid(t), st, cap]);
        cx.emit(L::CastPtr, vec![r], LlType::Ptr(t))
    }

    /// The number of characters appended to a builder so far.
    pub(crate) fn builder_length(&mut self, cx: &mut GraphCx, b: LlValue) -> LlValue {
        cx.emit(L::GetField, vec![b, fld(0)], LlType::Signed)
    }

    /// A method of a builder.
    pub(crate) fn lower_builder_method(
        &mut self,
        cx: &mut GraphCx,
        name: &str,
        b: LlValue,
        bytes: bool,
        args: &LlArgs,
    ) -> LlResult {
        let pos = &args.positional;
        let void = LlValue::void(LlConst::Void);
        match name {
            "append" | "append_char" | "append_multiple_char" => {
                let (v, s) = pos[0].clone();
                let times = if name == "append_multiple_char" {
                    self.opt_int(cx, pos.get(1), 1)
                } else {
                    LlValue::int(1)
                };
                match &s {
                    SomeValue::Char { .. } => {
                        let c = self.convert(cx, v, &s, LlType::UniChar);
                        self.call_helper(cx, &rn::BUILDER_APPEND_CHAR, vec![b, c, times]);
                    }
                    _ if name == "append" => {
                        let v = self.as_str_value(cx, v, &s);
                        self.call_helper(cx, &rn::BUILDER_APPEND, vec![b, v]);
                    }
                    _ => {
                        let v = self.as_str_value(cx, v, &s);
                        let flag = LlValue::Const(LlConst::Bool(bytes), LlType::Bool);
                        self.call_helper(cx, &rn::BUILDER_APPEND_CHAR_STR, vec![b, v, times, flag]);
                    }
                }
                Ok(void)
            }
            "append_slice" => {
                let v = self.text_arg(cx, args, 0);
                let start = self.opt_int(cx, pos.get(1), 0);
                let end = self.opt_int(cx, pos.get(2), 0);
                self.call_helper(cx, &rn::BUILDER_APPEND_SLICE, vec![b, v, start, end]);
                Ok(void)
            }
            "build" => Ok(self.call_helper(cx, &rn::BUILDER_BUILD, vec![b])),
            "getlength" => Ok(self.builder_length(cx, b)),
            _ => Err(not_supported(&format!(
                "the method `{name}` of a StringBuilder"
            ))),
        }
    }

    // ---- builtins ----

    /// The items array and length of a list value.
    fn list_items_and_len(
        &mut self,
        cx: &mut GraphCx,
        v: &LlValue,
        s: &SomeValue,
    ) -> (LlValue, LlValue) {
        let repr = self.list_repr_of(s);
        if repr.fixed {
            let n = cx.emit(L::GetArraySize, vec![v.clone()], LlType::Signed);
            (v.clone(), n)
        } else {
            let n = cx.emit(L::GetField, vec![v.clone(), fld(0)], LlType::Signed);
            let items = cx.emit(
                L::GetField,
                vec![v.clone(), fld(1)],
                LlType::Ptr(repr.array),
            );
            (items, n)
        }
    }

    /// `bytes(list_of_ints)`.
    pub(crate) fn bytes_of_list(
        &mut self,
        cx: &mut GraphCx,
        v: LlValue,
        s: &SomeValue,
    ) -> LlResult {
        if !matches!(s, SomeValue::List { .. }) || self.list_repr_of(s).item != LlType::Signed {
            return Err(not_supported(&format!("bytes() of {}", s.kind_word())));
        }
        let (items, n) = self.list_items_and_len(cx, &v, s);
        let t = self.str_tid();
        Ok(self.call_helper(cx, &rn::BYTES_FROM_INTS, vec![t, items, n]))
    }

    /// `hex(v)`, `oct(v)`, `bin(v)`.
    pub(crate) fn int_to_base(
        &mut self,
        cx: &mut GraphCx,
        v: LlValue,
        s: &SomeValue,
        base: i64,
    ) -> LlResult {
        if matches!(s, SomeValue::Int { ty, .. } if !ty.signed()) {
            return Err(not_supported("hex()/oct()/bin() of an unsigned int"));
        }
        let v = self.convert(cx, v, s, LlType::Signed);
        let t = self.str_tid();
        Ok(self.call_helper(cx, &rn::INT_TO_BASE_STR, vec![t, v, LlValue::int(base)]))
    }
}
