//! The table of low-level operations.
//!
//! One row per operation: its name, how its argument and result types are
//! checked ([`TypeRule`]), and its flags. The verifier, the graph
//! interpreter, the exception and GC transforms and codegen-rs all read this
//! table; no other list of low-level operation names exists.
//!
//! Conventions: integer ops work on every integer type (and `Bool`,
//! `Char`, `UniChar` for comparisons); the operand type decides the width
//! and signedness, arithmetic wraps. Ops marked `raises` set the runtime
//! exception state instead of producing a meaningful result (the exception
//! transform tests it after them). Field, type, graph and helper operands are
//! `Void` constants (see `LlConst`).

use crate::runtime_names::Exc;

/// How an operation's types are checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeRule {
    /// `(T, T) -> T` for an integer type T.
    IntBinary,
    /// `(T) -> T` for an integer type T.
    IntUnary,
    /// `(T, T) -> Bool` for a primitive non-float type T.
    PrimCompare,
    /// `(Float, Float) -> Float`.
    FloatBinary,
    /// `(Float) -> Float`.
    FloatUnary,
    /// `(Float, Float) -> Bool`.
    FloatCompare,
    /// `(Ptr, Ptr) -> Bool`.
    PtrCompare,
    /// `(Ptr) -> Bool`.
    PtrTest,
    /// Anything: checked by the op's own rule in the verifier.
    Special,
}

/// Properties of one low-level operation.
#[derive(Debug)]
pub struct LlOpDesc {
    pub name: &'static str,
    pub rule: TypeRule,
    /// No side effects, result depends only on the arguments: may be folded
    /// when they are constants, removed when unused.
    pub pure: bool,
    /// The builtin exceptions this op can raise (empty: cannot raise; calls
    /// take their effects from the callee instead).
    pub raises: &'static [Exc],
    /// May run a garbage collection (so GC pointers live across it must be
    /// saved in the shadow stack and reloaded).
    pub can_collect: bool,
}

macro_rules! llop_table {
    ($($(#[$m:meta])* $variant:ident $name:literal $rule:ident $pure:tt [$($exc:ident),*] $collect:tt;)*) => {
        /// A low-level operation (see [`LLOPS`]).
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
        #[allow(non_camel_case_types)]
        pub enum LlOpName { $($(#[$m])* $variant),* }

        /// The operation table, indexed by `LlOpName as usize`.
        pub static LLOPS: &[LlOpDesc] = &[
            $(LlOpDesc {
                name: $name,
                rule: TypeRule::$rule,
                pure: llop_table!(@flag $pure),
                raises: &[$(Exc::$exc),*],
                can_collect: llop_table!(@flag $collect),
            }),*
        ];

        impl LlOpName {
            pub const ALL: &'static [LlOpName] = &[$(LlOpName::$variant),*];
        }
    };
    (@flag pure) => { true };
    (@flag collect) => { true };
    (@flag _) => { false };
}

llop_table! {
    // integers (any integer type; wrapping)
    IntAdd "int_add" IntBinary pure [] _;
    IntSub "int_sub" IntBinary pure [] _;
    IntMul "int_mul" IntBinary pure [] _;
    /// Python floor division / modulo (rounding toward -inf).
    IntFloorDiv "int_floordiv" IntBinary pure [ZeroDivisionError] _;
    IntMod "int_mod" IntBinary pure [ZeroDivisionError] _;
    IntAnd "int_and" IntBinary pure [] _;
    IntOr "int_or" IntBinary pure [] _;
    IntXor "int_xor" IntBinary pure [] _;
    /// Shift counts: negative raises ValueError; >= the width gives 0
    /// (left, logical right) or the sign (arithmetic right).
    IntLShift "int_lshift" IntBinary pure [ValueError] _;
    IntRShift "int_rshift" IntBinary pure [ValueError] _;
    IntNeg "int_neg" IntUnary pure [] _;
    IntAbs "int_abs" IntUnary pure [] _;
    IntInvert "int_invert" IntUnary pure [] _;
    // overflow-checked (`ovfcheck`), Signed only
    IntAddOvf "int_add_ovf" IntBinary pure [OverflowError] _;
    IntSubOvf "int_sub_ovf" IntBinary pure [OverflowError] _;
    IntMulOvf "int_mul_ovf" IntBinary pure [OverflowError] _;
    IntFloorDivOvf "int_floordiv_ovf" IntBinary pure [OverflowError, ZeroDivisionError] _;
    IntModOvf "int_mod_ovf" IntBinary pure [OverflowError, ZeroDivisionError] _;
    IntLShiftOvf "int_lshift_ovf" IntBinary pure [OverflowError, ValueError] _;
    IntNegOvf "int_neg_ovf" IntUnary pure [OverflowError] _;
    IntAbsOvf "int_abs_ovf" IntUnary pure [OverflowError] _;
    // comparisons of integers, bools and chars
    IntLt "int_lt" PrimCompare pure [] _;
    IntLe "int_le" PrimCompare pure [] _;
    IntEq "int_eq" PrimCompare pure [] _;
    IntNe "int_ne" PrimCompare pure [] _;
    IntGt "int_gt" PrimCompare pure [] _;
    IntGe "int_ge" PrimCompare pure [] _;
    /// `x != 0` for any integer type, or a Bool as is.
    IntIsTrue "int_is_true" Special pure [] _;
    BoolNot "bool_not" Special pure [] _;
    // floats
    FloatAdd "float_add" FloatBinary pure [] _;
    FloatSub "float_sub" FloatBinary pure [] _;
    FloatMul "float_mul" FloatBinary pure [] _;
    FloatTrueDiv "float_truediv" FloatBinary pure [ZeroDivisionError] _;
    /// Python semantics (`math.floor(a / b)` exact, sign of `%` follows b).
    FloatFloorDiv "float_floordiv" FloatBinary pure [ZeroDivisionError] _;
    FloatMod "float_mod" FloatBinary pure [ZeroDivisionError] _;
    FloatPow "float_pow" FloatBinary pure [ZeroDivisionError, OverflowError, ValueError] _;
    FloatNeg "float_neg" FloatUnary pure [] _;
    FloatAbs "float_abs" FloatUnary pure [] _;
    FloatLt "float_lt" FloatCompare pure [] _;
    FloatLe "float_le" FloatCompare pure [] _;
    FloatEq "float_eq" FloatCompare pure [] _;
    FloatNe "float_ne" FloatCompare pure [] _;
    FloatGt "float_gt" FloatCompare pure [] _;
    FloatGe "float_ge" FloatCompare pure [] _;
    FloatIsTrue "float_is_true" Special pure [] _;
    // conversions
    /// Between integer types (and Bool/Char/UniChar to integers, integers
    /// to Char/UniChar): wraps or extends like Rust's `as`.
    CastInt "cast_int" Special pure [] _;
    CastIntToFloat "cast_int_to_float" Special pure [] _;
    /// Truncates toward zero; NaN, infinities and out-of-range values raise
    /// OverflowError (as Python's `int(f)` would need a big integer).
    CastFloatToInt "cast_float_to_int" Special pure [OverflowError, ValueError] _;
    /// `chr(i)`: raises ValueError outside `0..=0x10FFFF`.
    CastIntToUniChar "cast_int_to_unichar" Special pure [ValueError] _;
    /// Between pointer types (upcast/downcast of instances, opaque words).
    CastPtr "cast_ptr" Special pure [] _;
    /// Any word-sized value to `Unsigned` bits and back (dict entries).
    CastToWord "cast_to_word" Special pure [] _;
    CastFromWord "cast_from_word" Special pure [] _;
    // pointers
    PtrEq "ptr_eq" PtrCompare pure [] _;
    PtrNe "ptr_ne" PtrCompare pure [] _;
    PtrIsNull "ptr_iszero" PtrTest pure [] _;
    PtrNonNull "ptr_nonzero" PtrTest pure [] _;
    // memory
    /// `malloc(T)`: a zeroed GC object of struct type T.
    Malloc "malloc" Special _ [MemoryError] collect;
    /// `malloc_varsize(T, n)`: a zeroed var-sized GC object with n items.
    MallocVarsize "malloc_varsize" Special _ [MemoryError] collect;
    GetField "getfield" Special _ [] _;
    SetField "setfield" Special _ [] _;
    /// Item of an array or of a struct's var-sized part; the index is in
    /// bounds (proven by the rtyper or checked by `check_index` first).
    GetArrayItem "getarrayitem" Special _ [] _;
    SetArrayItem "setarrayitem" Special _ [] _;
    GetArraySize "getarraysize" Special _ [] _;
    /// `check_index(i, length)`: `i` (negative counts from the end)
    /// normalized to `0 <= i < length`, or IndexError.
    CheckIndex "check_index" Special pure [IndexError] _;
    /// Like `check_index` for an index proven non-negative.
    CheckIndexNonNeg "check_index_nonneg" Special pure [IndexError] _;
    // calls
    /// `direct_call(graph, args...)`; effects are the callee's.
    DirectCall "direct_call" Special _ [] _;
    /// `indirect_call(fnptr, args...)`; effects are the union of the
    /// possible callees'.
    IndirectCall "indirect_call" Special _ [] _;
    /// `call_helper(helper, args...)`: a runtime-crate function; effects
    /// from the helper table.
    CallHelper "call_helper" Special _ [] _;
    /// `stop_iteration_unless(cond)`: raises StopIteration when false (the
    /// end of a `for` loop's iterator).
    StopIterationUnless "stop_iteration_unless" Special _ [StopIteration] _;
    // misc
    SameAs "same_as" Special pure [] _;
    /// `select(cond, a, b)`: `a` if the Bool `cond` is true, else `b` (both
    /// evaluated; `a`, `b` and the result have one type). Used for
    /// `min`/`max` and index normalization without extra blocks.
    Select "select" Special pure [] _;
    /// A JIT hint or marker (`jit_merge_point`, `can_enter_jit`, `promote`):
    /// no effect on the value (returns its first argument or Void).
    JitMarker "jit_marker" Special _ [] _;
    /// Debug assertion `ll_assert(cond, msg)`: a fatal error when false.
    Assert "ll_assert" Special _ [] _;
    // exception state (introduced by the exception transform)
    ExcOccurred "exc_occurred" Special _ [] _;
    ExcFetchType "exc_fetch_type" Special _ [] _;
    ExcFetchValue "exc_fetch_value" Special _ [] collect;
    ExcClear "exc_clear" Special _ [] _;
    ExcRaise "exc_raise" Special _ [] _;
    /// `exc_set_location(id)` (Signed constant): the pending exception was
    /// raised at entry `id` of `LlProgram::raise_sites` (emitted by the
    /// rtyper before a `raise` statement leaves the graph, with `id` -1 and
    /// the statement's span; the exception transform numbers it).
    ExcSetLocation "exc_set_location" Special _ [] _;
    /// `exc_note_location(id)`: as `exc_set_location` unless a location is
    /// known already or `id` is negative (the exception transform emits it
    /// where an exception starts propagating out of the graph).
    ExcNoteLocation "exc_note_location" Special _ [] _;
    /// `exc_matches(etype, class_vtable)`: `etype` is that class or a
    /// subclass (preorder id range check).
    ExcMatches "exc_matches" Special pure [] _;
    /// `instance_of(obj, class_vtable)`: `obj` is not null and an instance
    /// of that class or a subclass.
    InstanceOf "instance_of" Special _ [] _;
    /// Recursion guard at function entry: raises StackOverflow.
    StackCheck "stack_check" Special _ [StackOverflow] _;
    // GC (introduced by the GC transform)
    /// `gc_shadow_reserve(n)` right before an op that may collect (after
    /// the `gc_save_root`s of slots `0..n`): the collector sees exactly
    /// those `n` slots of the frame, not stale values of other slots.
    GcShadowReserve "gc_shadow_reserve" Special _ [] _;
    GcShadowRelease "gc_shadow_release" Special _ [] _;
    GcSaveRoot "gc_save_root" Special _ [] _;
    GcRestoreRoot "gc_restore_root" Special _ [] _;
    GcWriteBarrier "gc_write_barrier" Special _ [] _;
    /// `gc_write_barrier_array(array, index)`: before storing a GC pointer
    /// into item `index` (card marking for large arrays).
    GcWriteBarrierArray "gc_write_barrier_array" Special _ [] _;
}

impl LlOpName {
    pub fn desc(self) -> &'static LlOpDesc {
        &LLOPS[self as usize]
    }
    pub fn as_str(self) -> &'static str {
        self.desc().name
    }
    pub fn from_name(name: &str) -> Option<LlOpName> {
        LlOpName::ALL.iter().copied().find(|op| op.as_str() == name)
    }
    /// Calls, whose effects come from their target.
    pub fn is_call(self) -> bool {
        matches!(
            self,
            LlOpName::DirectCall | LlOpName::IndirectCall | LlOpName::CallHelper
        )
    }
}

impl std::fmt::Display for LlOpName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_indexed_by_variant() {
        for (i, op) in LlOpName::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert_eq!(LlOpName::from_name(op.as_str()), Some(*op));
        }
    }
}
