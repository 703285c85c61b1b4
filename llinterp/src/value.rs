//! Run-time values as 64-bit words, the encoding the runtime's helper
//! registry uses (`runtime::helpers::Word`): integers sign- or
//! zero-extended from their type's width, `Bool` as 0/1, floats as their
//! bits, pointers as addresses. Function pointers are `graph index + 1`
//! (0 is null): only the interpreter ever calls them.
//!
//! [`norm`] brings any word to the canonical form of a type (what an
//! operation's result is stored as), and [`with_int!`] runs code with the
//! Rust integer type and the `runtime::arith` module of an integer type.

use rtyper::llgraph::LlGraphId;
use rtyper::lltype::LlType;

/// The canonical word of `w` as a value of type `t` (Rust `as` semantics:
/// truncation to the width, then sign- or zero-extension).
pub fn norm(t: LlType, w: u64) -> u64 {
    use LlType::*;
    match t {
        Void => 0,
        Bool => (w != 0) as u64,
        Char | UInt8 => w as u8 as u64,
        Int8 => w as i8 as i64 as u64,
        Int16 => w as i16 as i64 as u64,
        UInt16 => w as u16 as u64,
        UniChar | UInt32 => w as u32 as u64,
        Int32 => w as i32 as i64 as u64,
        Signed | Unsigned | SignedLongLong | UnsignedLongLong | Float | Ptr(_) | FuncPtr(_) => w,
    }
}

/// The word of a function pointer to graph `g`.
pub fn funcptr_word(g: LlGraphId) -> u64 {
    g.index() as u64 + 1
}

/// The graph a function-pointer word points to (`None` for null).
pub fn funcptr_graph(w: u64) -> Option<LlGraphId> {
    (w != 0).then(|| LlGraphId::new((w - 1) as usize))
}

/// Runs `$body` with `$T` bound to the Rust integer type of the integer
/// (or `Bool`/`Char`/`UniChar`) type `$t` and `$m` to its module of
/// Python-semantics operations in `runtime::arith`.
#[macro_export]
macro_rules! with_int {
    ($t:expr, $T:ident, $m:ident, $body:expr) => {{
        use rtyper::lltype::LlType as LT;
        #[allow(unused_imports)]
        match $t {
            LT::Signed | LT::SignedLongLong => {
                type $T = i64;
                use runtime::arith::ops_i64 as $m;
                $body
            }
            LT::Unsigned | LT::UnsignedLongLong => {
                type $T = u64;
                use runtime::arith::ops_u64 as $m;
                $body
            }
            LT::Int32 => {
                type $T = i32;
                use runtime::arith::ops_i32 as $m;
                $body
            }
            LT::UInt32 | LT::UniChar => {
                type $T = u32;
                use runtime::arith::ops_u32 as $m;
                $body
            }
            LT::Int16 => {
                type $T = i16;
                use runtime::arith::ops_i16 as $m;
                $body
            }
            LT::UInt16 => {
                type $T = u16;
                use runtime::arith::ops_u16 as $m;
                $body
            }
            LT::Int8 => {
                type $T = i8;
                use runtime::arith::ops_i8 as $m;
                $body
            }
            LT::UInt8 | LT::Char | LT::Bool => {
                type $T = u8;
                use runtime::arith::ops_u8 as $m;
                $body
            }
            other => panic!("integer operation on a value of type {other:?}"),
        }
    }};
}

#[cfg(test)]
mod tests {
    use super::*;
    use runtime::helpers::Word;

    #[test]
    fn norm_wraps_and_extends() {
        assert_eq!(norm(LlType::Int8, 200), (-56i64) as u64);
        assert_eq!(norm(LlType::UInt8, (-1i64) as u64), 255);
        assert_eq!(norm(LlType::Bool, 2), 1);
        assert_eq!(norm(LlType::Int32, 1 << 31), (i32::MIN as i64) as u64);
        assert_eq!(norm(LlType::UniChar, u64::MAX), u32::MAX as u64);
    }

    #[test]
    fn with_int_uses_the_type_width() {
        let add = |t: LlType, a: u64, b: u64| {
            norm(
                t,
                with_int!(
                    t,
                    T,
                    _m,
                    T::from_word(a).wrapping_add(T::from_word(b)).into_word()
                ),
            )
        };
        assert_eq!(add(LlType::Int8, 127, 1), (-128i64) as u64);
        assert_eq!(add(LlType::UInt16, 65535, 1), 0);
        assert_eq!(add(LlType::Signed, (-3i64) as u64, 1), (-2i64) as u64);
        let fd = with_int!(
            LlType::Signed,
            T,
            m,
            m::floordiv(T::from_word((-7i64) as u64), 2).into_word()
        );
        assert_eq!(fd as i64, -4);
    }

    #[test]
    fn function_pointers() {
        assert_eq!(funcptr_graph(0), None);
        let g = LlGraphId::new(7);
        assert_eq!(funcptr_graph(funcptr_word(g)), Some(g));
    }
}
