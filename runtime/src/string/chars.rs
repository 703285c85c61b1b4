//! Helpers on single characters (`str` values of length 1 that the
//! annotator knows are one character, passed as a `u32` code point): the
//! `is*` predicates and case mappings, without allocating a string.
//!
//! Each function gives the same answer as the `str` method on the
//! one-character string (they call the same `pytext` functions).

/// The one-character text of `c` (an invalid code point gives U+FFFD, as
/// [`super::str_from_char`] does).
fn one(c: u32, buf: &mut [u8; 4]) -> &str {
    char::from_u32(c).unwrap_or('\u{fffd}').encode_utf8(buf)
}

macro_rules! char_predicates {
    ($($name:ident => $f:path, $doc:literal;)*) => {$(
        #[doc = $doc]
        pub fn $name(c: u32) -> bool {
            $f(one(c, &mut [0; 4]))
        }
    )*};
}

char_predicates! {
    char_isdigit => pytext::isdigit, "`c.isdigit()`.";
    char_isdecimal => pytext::isdecimal, "`c.isdecimal()`.";
    char_isnumeric => pytext::isnumeric, "`c.isnumeric()`.";
    char_isalpha => pytext::isalpha, "`c.isalpha()`.";
    char_isalnum => pytext::isalnum, "`c.isalnum()`.";
    char_isspace => pytext::isspace, "`c.isspace()`.";
    char_islower => pytext::islower, "`c.islower()`.";
    char_isupper => pytext::isupper, "`c.isupper()`.";
    char_istitle => pytext::istitle, "`c.istitle()`.";
    char_isidentifier => pytext::isidentifier, "`c.isidentifier()`.";
}

/// A case mapping of one character. The annotator types `c.upper()` of a
/// character as a character, so a mapping to several characters (`'ß'`
/// upper-cases to `'SS'`) cannot be represented: the character is then
/// left unchanged (see the report of this limitation in `rtyper/src/rstr.rs`).
fn map_one(c: u32, f: fn(&str) -> String) -> u32 {
    let out = f(one(c, &mut [0; 4]));
    let mut it = out.chars();
    match (it.next(), it.next()) {
        (Some(m), None) => m as u32,
        _ => c,
    }
}

/// `c.upper()` of one character (see [`map_one`] for multi-character
/// mappings).
pub fn char_upper(c: u32) -> u32 {
    map_one(c, pytext::upper)
}

/// `c.lower()` of one character.
pub fn char_lower(c: u32) -> u32 {
    map_one(c, pytext::lower)
}

/// `c.swapcase()` of one character.
pub fn char_swapcase(c: u32) -> u32 {
    map_one(c, pytext::swapcase)
}

/// `c.capitalize()` / `c.title()` of one character (the same for one
/// character).
pub fn char_title(c: u32) -> u32 {
    map_one(c, pytext::capitalize)
}
