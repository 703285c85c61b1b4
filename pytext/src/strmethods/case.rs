//! The case conversions (`lower`, `upper`, `capitalize`, `swapcase`,
//! `title`) and character class tests (`isalpha`, `isdigit`...) of `str`,
//! with CPython's Unicode data and rules (full mappings such as `ß` → `SS`,
//! and the final sigma rule).

use crate::unicode;

const CAPITAL_SIGMA: char = '\u{3a3}';

/// Whether the capital sigma at byte `i` of `s` ends a word: a cased
/// character comes before it and none after it (skipping case-ignorable
/// characters both ways).
fn is_final_sigma(s: &str, i: usize) -> bool {
    let mut before = s[..i]
        .chars()
        .rev()
        .filter(|c| !unicode::is_case_ignorable(*c));
    let mut after = s[i + CAPITAL_SIGMA.len_utf8()..]
        .chars()
        .filter(|c| !unicode::is_case_ignorable(*c));
    before.next().is_some_and(unicode::is_cased) && !after.next().is_some_and(unicode::is_cased)
}

/// Appends the lowercase of the character at byte `i` of `s`.
fn push_lower_at(out: &mut String, s: &str, i: usize, c: char) {
    if c == CAPITAL_SIGMA {
        out.push(if is_final_sigma(s, i) { 'ς' } else { 'σ' });
    } else {
        unicode::push_lower(out, c);
    }
}

/// `s.lower()`.
///
/// ```
/// assert_eq!(pytext::lower("ΟΔΥΣΣΕΥΣ İ"), "οδυσσευς i\u{307}");
/// ```
pub fn lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        push_lower_at(&mut out, s, i, c);
    }
    out
}

/// `s.upper()`.
///
/// ```
/// assert_eq!(pytext::upper("straße"), "STRASSE");
/// ```
pub fn upper(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        unicode::push_upper(&mut out, c);
    }
    out
}

/// `s.capitalize()`: the first character in title case, the rest in lower
/// case.
///
/// ```
/// assert_eq!(pytext::capitalize("ǆEMAL"), "ǅemal");
/// ```
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if i == 0 {
            unicode::push_title(&mut out, c);
        } else {
            push_lower_at(&mut out, s, i, c);
        }
    }
    out
}

/// `s.swapcase()`: uppercase characters to lower case and lowercase ones
/// to upper case.
///
/// ```
/// assert_eq!(pytext::swapcase("Hello ß"), "hELLO SS");
/// ```
pub fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if unicode::is_upper(c) {
            push_lower_at(&mut out, s, i, c);
        } else if unicode::is_lower(c) {
            unicode::push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.title()`: title case after an uncased character, lower case after a
/// cased one.
///
/// ```
/// assert_eq!(pytext::title("they're bill's x1y"), "They'Re Bill'S X1Y");
/// ```
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, c) in s.char_indices() {
        if previous_is_cased {
            push_lower_at(&mut out, s, i, c);
        } else {
            unicode::push_title(&mut out, c);
        }
        previous_is_cased = unicode::is_cased(c);
    }
    out
}

/// Whether `s` is not empty and every character passes `test`.
fn all_nonempty(s: &str, test: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(test)
}

/// `s.isdigit()`.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, unicode::is_digit)
}

/// `s.isdecimal()`.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, unicode::is_decimal)
}

/// `s.isnumeric()`.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, unicode::is_numeric)
}

/// `s.isalpha()`.
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, unicode::is_alpha)
}

/// `s.isalnum()`.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, unicode::is_alnum)
}

/// `s.isspace()`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, unicode::is_space)
}

/// `s.isascii()` (true for the empty string).
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `s.isprintable()` (true for the empty string).
pub fn isprintable(s: &str) -> bool {
    s.chars().all(unicode::is_printable)
}

/// `s.islower()`: at least one cased character, and no uppercase or
/// titlecase one.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if unicode::is_upper(c) || unicode::is_title(c) {
            return false;
        }
        cased |= unicode::is_lower(c);
    }
    cased
}

/// `s.isupper()`: at least one cased character, and no lowercase or
/// titlecase one.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if unicode::is_lower(c) || unicode::is_title(c) {
            return false;
        }
        cased |= unicode::is_upper(c);
    }
    cased
}

/// `s.istitle()`: at least one cased character; uppercase and titlecase
/// characters only after uncased ones, lowercase ones only after cased
/// ones.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if unicode::is_upper(c) || unicode::is_title(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if unicode::is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// `s.isidentifier()`: an XID_Start character or `_`, then XID_Continue
/// characters (keywords included).
pub fn isidentifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(unicode::is_xid_start) && chars.all(unicode::is_xid_continue)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions() {
        assert_eq!(lower("HeLLo"), "hello");
        assert_eq!(lower("Σ"), "σ");
        assert_eq!(lower("ΑΣ"), "ας");
        assert_eq!(lower("ΑΣ'"), "ας'");
        assert_eq!(lower("ΑΣ'Α"), "ασ'α");
        assert_eq!(lower("'Σ"), "'σ");
        assert_eq!(upper("ﬁ ǆ"), "FI Ǆ");
        assert_eq!(capitalize(""), "");
        assert_eq!(capitalize("ßA"), "Ssa");
        assert_eq!(capitalize("aΣ"), "Aς");
        assert_eq!(swapcase("ǅ"), "ǅ");
        assert_eq!(swapcase("ΑΣ"), "ας");
        assert_eq!(title("hello wORLD"), "Hello World");
        assert_eq!(title("ﬂour"), "Flour");
        assert_eq!(title("ΣΑΣ ΣΑΣ"), "Σας Σας");
    }

    #[test]
    fn predicates() {
        assert!(isdigit("²3") && !isdecimal("²3") && isdecimal("٣3"));
        assert!(isnumeric("½一") && !isdigit("½"));
        assert!(isalpha("héllo") && !isalpha("") && !isalpha("a1"));
        assert!(isalnum("a1²½") && !isalnum("a b"));
        assert!(isspace(" \t\u{3000}") && !isspace("") && !isspace("\u{200b}"));
        assert!(isascii("") && !isascii("é"));
        assert!(isprintable("") && isprintable("é ") && !isprintable("\t"));
        assert!(islower("abc1") && !islower("1") && !islower("aǅ"));
        assert!(isupper("ABC1") && !isupper("Ab"));
        assert!(istitle("Hello World") && istitle("ǅemal") && !istitle("HEllo"));
        assert!(!istitle("") && !istitle("123"));
        assert!(isidentifier("_x1") && isidentifier("été") && !isidentifier("1x"));
        assert!(!isidentifier("") && !isidentifier("a-b") && isidentifier("℘"));
    }
}
