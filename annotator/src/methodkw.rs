//! Keyword arguments of builtin methods.
//!
//! CPython lets some methods of builtin types take their arguments by name
//! (`s.split(sep=",", maxsplit=1)`, `b.decode(errors="strict")`). [`PARAMS`]
//! lists those methods' parameters in positional order with their
//! defaults; [`to_positional`] rewrites a call's keywords into positions (a
//! parameter skipped before a given one gets its default), so that the
//! rules of the annotator and of the rtyper see positional arguments only.
//! `list.sort`'s keyword-only `key` and `reverse` are handled by its own
//! rules.

use std::rc::Rc;

/// The default value of a parameter that can be passed by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KwDefault {
    None,
    Str(&'static str),
}

/// A method's parameters that can be passed by name, in positional order.
pub type Params = &'static [(&'static str, KwDefault)];

/// Methods of `str` and `bytes` taking keyword arguments (CPython 3.11).
pub static PARAMS: &[(&str, Params)] = &[
    (
        "split",
        &[("sep", KwDefault::None), ("maxsplit", KwDefault::None)],
    ),
    (
        "rsplit",
        &[("sep", KwDefault::None), ("maxsplit", KwDefault::None)],
    ),
    ("splitlines", &[("keepends", KwDefault::None)]),
    (
        "encode",
        &[
            ("encoding", KwDefault::Str("utf-8")),
            ("errors", KwDefault::Str("strict")),
        ],
    ),
    (
        "decode",
        &[
            ("encoding", KwDefault::Str("utf-8")),
            ("errors", KwDefault::Str("strict")),
        ],
    ),
];

/// Moves the keyword arguments of a call of text method `method` into
/// `positional` (which holds the other arguments, receiver excluded);
/// `default` makes the value of a skipped parameter. Errors say why the
/// call is wrong (as CPython's TypeError would).
pub fn to_positional<V>(
    method: &str,
    positional: &mut Vec<V>,
    keywords: Vec<(Rc<str>, V)>,
    default: impl Fn(KwDefault) -> V,
) -> Result<(), String> {
    if keywords.is_empty() {
        return Ok(());
    }
    let Some((_, params)) = PARAMS.iter().find(|(m, _)| *m == method) else {
        return Err(format!("{method}() takes no keyword arguments"));
    };
    if positional.len() > params.len() {
        return Err(format!(
            "{method}() takes at most {} arguments ({} given)",
            params.len(),
            positional.len() + keywords.len()
        ));
    }
    let mut slots: Vec<Option<V>> = Vec::new();
    slots.resize_with(params.len(), || None);
    for (k, v) in keywords {
        let Some(i) = params.iter().position(|(p, _)| **p == *k) else {
            return Err(format!(
                "{method}() got an unexpected keyword argument '{k}'"
            ));
        };
        if i < positional.len() {
            return Err(format!(
                "argument for {method}() given by name ('{k}') and position ({})",
                i + 1
            ));
        }
        if slots[i].is_some() {
            return Err(format!("{method}() got multiple values for argument '{k}'"));
        }
        slots[i] = Some(v);
    }
    let last = slots.iter().rposition(Option::is_some).expect("a keyword");
    let first = positional.len();
    for (i, slot) in slots.into_iter().enumerate().take(last + 1).skip(first) {
        positional.push(slot.unwrap_or_else(|| default(params[i].1)));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(method: &str, pos: &[&str], kw: &[(&str, &str)]) -> Result<Vec<String>, String> {
        let mut p: Vec<String> = pos.iter().map(|s| s.to_string()).collect();
        let kw = kw
            .iter()
            .map(|(k, v)| (Rc::from(*k), v.to_string()))
            .collect();
        to_positional(method, &mut p, kw, |d| format!("{d:?}"))?;
        Ok(p)
    }

    #[test]
    fn keywords_become_positions() {
        assert_eq!(call("split", &[], &[("sep", ",")]).unwrap(), [","]);
        assert_eq!(
            call("split", &[], &[("maxsplit", "1")]).unwrap(),
            ["None", "1"]
        );
        assert_eq!(
            call("split", &[","], &[("maxsplit", "1")]).unwrap(),
            [",", "1"]
        );
        assert_eq!(
            call("encode", &[], &[("errors", "strict")]).unwrap(),
            ["Str(\"utf-8\")", "strict"]
        );
        assert_eq!(call("strip", &["x"], &[]).unwrap(), ["x"]);
    }

    #[test]
    fn wrong_keywords_are_errors() {
        assert_eq!(
            call("strip", &[], &[("chars", "x")]).unwrap_err(),
            "strip() takes no keyword arguments"
        );
        assert_eq!(
            call("split", &[], &[("by", "x")]).unwrap_err(),
            "split() got an unexpected keyword argument 'by'"
        );
        assert_eq!(
            call("split", &[","], &[("sep", "x")]).unwrap_err(),
            "argument for split() given by name ('sep') and position (1)"
        );
    }
}
