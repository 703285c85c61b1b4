//! Character properties and case mappings exactly as CPython 3.11 sees them
//! (Unicode 14.0.0), independent of the Unicode version of the Rust
//! standard library.
//!
//! The data lives in the generated `tables` module; this module only
//! looks things up.

mod tables;

use tables::{
    CLASSES, DECIMAL_ZEROS, LOWER_RUNS, LOWER_SPECIAL, PROPERTY_RUNS, TITLE_RUNS, TITLE_SPECIAL,
    UPPER_RUNS, UPPER_SPECIAL,
};

/// The property bits of the generated tables.
mod props {
    pub const ALPHA: u16 = 1 << 0;
    pub const DECIMAL: u16 = 1 << 1;
    pub const DIGIT: u16 = 1 << 2;
    pub const NUMERIC: u16 = 1 << 3;
    pub const PRINTABLE: u16 = 1 << 4;
    pub const LOWER: u16 = 1 << 5;
    pub const UPPER: u16 = 1 << 6;
    pub const TITLE: u16 = 1 << 7;
    pub const XID_START: u16 = 1 << 8;
    pub const XID_CONTINUE: u16 = 1 << 9;
    pub const CASE_IGNORABLE: u16 = 1 << 10;
}

/// For every block of 256 code points, the index of the property run
/// holding its first code point (plus one entry past the last block), so
/// that a lookup searches only the runs of one block.
static BLOCK_RUNS: [u16; 0x1101] = block_runs();

const fn block_runs() -> [u16; 0x1101] {
    let mut index = [0u16; 0x1101];
    let mut block = 0;
    let mut run = 0;
    while block < 0x1101 {
        let first = (block as u32) << 8;
        while run + 1 < PROPERTY_RUNS.len() && PROPERTY_RUNS[run + 1] >> 8 <= first {
            run += 1;
        }
        index[block] = run as u16;
        block += 1;
    }
    index
}

/// The property bits of `c`.
fn properties(c: char) -> u16 {
    let cp = c as u32;
    let block = (cp >> 8) as usize;
    let first = BLOCK_RUNS[block] as usize;
    let last = BLOCK_RUNS[block + 1] as usize;
    // The last run starting at or before `cp`, among the block's runs.
    let runs = &PROPERTY_RUNS[first..=last];
    let within = runs.partition_point(|&entry| entry >> 8 <= cp);
    let class = runs[within.saturating_sub(1)] & 0xff;
    CLASSES.get(class as usize).copied().unwrap_or(0)
}

fn has(c: char, bit: u16) -> bool {
    properties(c) & bit != 0
}

/// `c.isalpha()`: a letter (categories Lu, Ll, Lt, Lm, Lo).
pub fn is_alpha(c: char) -> bool {
    has(c, props::ALPHA)
}

/// `c.isdecimal()`: a decimal digit (category Nd).
pub fn is_decimal(c: char) -> bool {
    has(c, props::DECIMAL)
}

/// `c.isdigit()`: a decimal digit or another digit (superscripts, circled
/// digits...).
pub fn is_digit(c: char) -> bool {
    has(c, props::DIGIT)
}

/// `c.isnumeric()`: any character with a numeric value (digits, fractions,
/// Roman numerals, CJK numerals...).
pub fn is_numeric(c: char) -> bool {
    has(c, props::NUMERIC)
}

/// `c.isalnum()`.
pub fn is_alnum(c: char) -> bool {
    has(c, props::ALPHA | props::NUMERIC)
}

/// `c.isprintable()`: not in the categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs,
/// except the ASCII space.
pub fn is_printable(c: char) -> bool {
    has(c, props::PRINTABLE)
}

/// The Lowercase property (what `c.islower()` tests).
pub fn is_lower(c: char) -> bool {
    has(c, props::LOWER)
}

/// The Uppercase property (what `c.isupper()` tests).
pub fn is_upper(c: char) -> bool {
    has(c, props::UPPER)
}

/// A titlecase letter (category Lt, like `ǅ`).
pub fn is_title(c: char) -> bool {
    has(c, props::TITLE)
}

/// The Cased property: lowercase, uppercase or titlecase.
pub fn is_cased(c: char) -> bool {
    has(c, props::LOWER | props::UPPER | props::TITLE)
}

/// The Case_Ignorable property (apostrophes, combining marks, modifier
/// letters...), skipped by the final sigma rule.
pub fn is_case_ignorable(c: char) -> bool {
    has(c, props::CASE_IGNORABLE)
}

/// Whether `c` may start an identifier (XID_Start or `_`).
pub fn is_xid_start(c: char) -> bool {
    has(c, props::XID_START)
}

/// Whether `c` may continue an identifier (XID_Continue).
pub fn is_xid_continue(c: char) -> bool {
    has(c, props::XID_CONTINUE)
}

/// `c.isspace()`: CPython's whitespace (bidirectional class WS, B or S, or
/// category Zs). Used by `str.split()`, `str.strip()`, `int()`, `float()`.
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..='\x20'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// A line boundary of `str.splitlines()`.
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n'..='\r' | '\x1c'..='\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// The value of a decimal digit (`unicodedata.decimal`), for any script.
pub fn decimal_value(c: char) -> Option<u32> {
    if !is_decimal(c) {
        return None;
    }
    let cp = c as u32;
    let run = DECIMAL_ZEROS.partition_point(|&zero| zero <= cp);
    let zero = DECIMAL_ZEROS.get(run.checked_sub(1)?)?;
    Some(cp - zero)
}

/// Looks `c` up in a table of one-character mapping runs.
fn lookup_run(runs: &[(u32, u32, u32, i32)], c: char) -> Option<char> {
    let cp = c as u32;
    let i = runs.partition_point(|run| run.0 <= cp).checked_sub(1)?;
    let (first, last, step, delta) = runs[i];
    if cp > last || !(cp - first).is_multiple_of(step) {
        return None;
    }
    char::from_u32(cp.checked_add_signed(delta)?)
}

fn lookup_special(specials: &[(u32, &'static str)], c: char) -> Option<&'static str> {
    let cp = c as u32;
    specials
        .binary_search_by_key(&cp, |entry| entry.0)
        .ok()
        .map(|i| specials[i].1)
}

/// Appends the full mapping of `c` from a pair of tables (itself when it
/// has none).
fn push_mapped(
    out: &mut String,
    c: char,
    runs: &[(u32, u32, u32, i32)],
    specials: &[(u32, &'static str)],
) -> bool {
    if let Some(m) = lookup_run(runs, c) {
        out.push(m);
    } else if let Some(m) = lookup_special(specials, c) {
        out.push_str(m);
    } else {
        return false;
    }
    true
}

/// Appends the full lowercase mapping of `c` (`İ` becomes two characters).
/// A capital sigma always becomes `σ`: the final sigma rule needs the
/// context, see [`crate::strmethods::lower`].
pub fn push_lower(out: &mut String, c: char) {
    if !push_mapped(out, c, &LOWER_RUNS, &LOWER_SPECIAL) {
        out.push(c);
    }
}

/// Appends the full uppercase mapping of `c` (`ß` becomes `SS`).
pub fn push_upper(out: &mut String, c: char) {
    if !push_mapped(out, c, &UPPER_RUNS, &UPPER_SPECIAL) {
        out.push(c);
    }
}

/// Appends the full titlecase mapping of `c` (`ß` becomes `Ss`, `ǆ`
/// becomes `ǅ`).
pub fn push_title(out: &mut String, c: char) {
    if !push_mapped(out, c, &TITLE_RUNS, &TITLE_SPECIAL) {
        push_upper(out, c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties_of_ascii() {
        assert!(is_alpha('a') && is_alpha('Z') && !is_alpha('1') && !is_alpha('_'));
        assert!(is_decimal('7') && is_digit('7') && is_numeric('7'));
        assert!(is_printable(' ') && !is_printable('\n') && !is_printable('\x7f'));
        assert!(is_lower('a') && !is_lower('A') && is_upper('A'));
        assert!(is_xid_start('_') && !is_xid_start('1') && is_xid_continue('1'));
        assert!(is_case_ignorable('\'') && is_case_ignorable('.') && !is_case_ignorable('a'));
        assert!(is_space(' ') && is_space('\x1f') && !is_space('\x1b'));
    }

    #[test]
    fn properties_beyond_ascii() {
        assert!(is_alpha('é') && is_alpha('中') && !is_alpha('\u{93e}'));
        assert!(is_digit('²') && !is_decimal('²') && is_numeric('½') && !is_digit('½'));
        assert!(is_numeric('一') && !is_digit('一'));
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('𝟗'), Some(9));
        assert_eq!(decimal_value('²'), None);
        assert!(is_title('ǅ') && is_cased('ǅ') && !is_upper('ǅ'));
        assert!(!is_printable('\u{a0}') && is_printable('é') && !is_printable('\u{e000}'));
        assert!(is_space('\u{3000}') && !is_space('\u{200b}'));
        assert!(is_lower('ª') && is_upper('Ⓐ'));
        // Assigned after Unicode 14: unassigned for CPython 3.11.
        assert!(!is_printable('\u{1e030}') && !is_alpha('\u{1e030}'));
    }

    #[test]
    fn case_mappings() {
        let map = |f: fn(&mut String, char), c: char| {
            let mut s = String::new();
            f(&mut s, c);
            s
        };
        assert_eq!(map(push_lower, 'A'), "a");
        assert_eq!(map(push_lower, 'İ'), "i\u{307}");
        assert_eq!(map(push_lower, 'Σ'), "σ");
        assert_eq!(map(push_upper, 'ß'), "SS");
        assert_eq!(map(push_upper, 'ÿ'), "Ÿ");
        assert_eq!(map(push_upper, 'ǅ'), "Ǆ");
        assert_eq!(map(push_title, 'ǆ'), "ǅ");
        assert_eq!(map(push_title, 'ß'), "Ss");
        assert_eq!(map(push_title, 'a'), "A");
        assert_eq!(map(push_title, 'ŉ'), "ʼN");
        assert_eq!(map(push_upper, '1'), "1");
    }
}
