//! The table of high-level (flow graph) operations.
//!
//! One row per operation: its printed name, its arity (`None` = variadic)
//! and flags. Every consumer (builder, folding, annotator, printer) reads
//! this table instead of matching on names.

/// Properties of one operation.
#[derive(Debug)]
pub struct OpDesc {
    pub name: &'static str,
    /// Number of arguments; `None` for variadic operations.
    pub arity: Option<usize>,
    /// No side effects and a result that depends only on the arguments'
    /// values: may be folded when all arguments are constant.
    pub pure: bool,
    /// May raise an exception implicitly (index error, key error, division
    /// by zero, ...); such an op gets an exception edge inside `try`.
    pub can_raise: bool,
}

macro_rules! op_table {
    ($($variant:ident $name:literal $arity:tt $pure:tt $raise:tt;)*) => {
        /// A flow graph operation (see [`OPS`]).
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
        #[allow(non_camel_case_types)]
        pub enum OpName { $($variant),* }

        /// The operation table, indexed by `OpName as usize`.
        pub static OPS: &[OpDesc] = &[
            $(OpDesc {
                name: $name,
                arity: op_table!(@arity $arity),
                pure: op_table!(@flag $pure),
                can_raise: op_table!(@flag $raise),
            }),*
        ];

        impl OpName {
            pub const ALL: &'static [OpName] = &[$(OpName::$variant),*];
        }
    };
    (@arity *) => { None };
    (@arity $n:literal) => { Some($n) };
    (@flag pure) => { true };
    (@flag raises) => { true };
    (@flag _) => { false };
}

op_table! {
    // unary
    Pos "pos" 1 pure raises;
    Neg "neg" 1 pure raises;
    Invert "invert" 1 pure raises;
    Bool "bool" 1 pure _;
    Not "not_" 1 pure _;
    Abs "abs" 1 pure raises;
    Len "len" 1 pure raises;
    Iter "iter" 1 _ raises;
    Next "next" 1 _ raises;
    Str "str" 1 pure raises;
    Repr "repr" 1 pure raises;
    Type "type" 1 pure _;
    // binary arithmetic
    Add "add" 2 pure raises;
    Sub "sub" 2 pure raises;
    Mul "mul" 2 pure raises;
    TrueDiv "truediv" 2 pure raises;
    FloorDiv "floordiv" 2 pure raises;
    Mod "mod" 2 pure raises;
    Pow "pow" 2 pure raises;
    LShift "lshift" 2 pure raises;
    RShift "rshift" 2 pure raises;
    And "and_" 2 pure raises;
    Or "or_" 2 pure raises;
    Xor "xor" 2 pure raises;
    MatMul "matmul" 2 pure raises;
    InplaceAdd "inplace_add" 2 _ raises;
    InplaceSub "inplace_sub" 2 _ raises;
    InplaceMul "inplace_mul" 2 _ raises;
    InplaceTrueDiv "inplace_truediv" 2 _ raises;
    InplaceFloorDiv "inplace_floordiv" 2 _ raises;
    InplaceMod "inplace_mod" 2 _ raises;
    InplacePow "inplace_pow" 2 _ raises;
    InplaceLShift "inplace_lshift" 2 _ raises;
    InplaceRShift "inplace_rshift" 2 _ raises;
    InplaceAnd "inplace_and" 2 _ raises;
    InplaceOr "inplace_or" 2 _ raises;
    InplaceXor "inplace_xor" 2 _ raises;
    // overflow-checked arithmetic (from `ovfcheck(...)`)
    AddOvf "add_ovf" 2 pure raises;
    SubOvf "sub_ovf" 2 pure raises;
    MulOvf "mul_ovf" 2 pure raises;
    FloorDivOvf "floordiv_ovf" 2 pure raises;
    ModOvf "mod_ovf" 2 pure raises;
    LShiftOvf "lshift_ovf" 2 pure raises;
    NegOvf "neg_ovf" 1 pure raises;
    AbsOvf "abs_ovf" 1 pure raises;
    // comparisons
    Lt "lt" 2 pure raises;
    Le "le" 2 pure raises;
    Eq "eq" 2 pure raises;
    Ne "ne" 2 pure raises;
    Gt "gt" 2 pure raises;
    Ge "ge" 2 pure raises;
    Is "is_" 2 pure _;
    Contains "contains" 2 pure raises;
    // containers and attributes
    GetItem "getitem" 2 pure raises;
    SetItem "setitem" 3 _ raises;
    DelItem "delitem" 2 _ raises;
    GetSlice "getslice" 3 pure raises;
    SetSlice "setslice" 4 _ raises;
    DelSlice "delslice" 3 _ raises;
    GetAttr "getattr" 2 pure raises;
    SetAttr "setattr" 3 _ raises;
    DelAttr "delattr" 2 _ raises;
    NewList "newlist" * _ _;
    NewTuple "newtuple" * pure _;
    NewDict "newdict" * _ _;
    NewSlice "newslice" 3 pure _;
    // calls
    SimpleCall "simple_call" * _ raises;
    CallArgs "call_args" * _ raises;
    // strings
    FormatValue "format_value" 2 pure raises;
    BuildStr "build_str" * pure _;
    // exceptions
    ExceptionMatch "exception_match" 2 pure _;
    // generators (before the generator transform)
    Yield "yield_" 1 _ _;
    // misc
    SameAs "same_as" 1 pure _;
    // `hint(value, kind, ...)`: gives `value`; `kind` (a constant str, one
    // of the `HINT_*` below) asks the annotator to check something.
    Hint "hint" * _ _;
}

/// `hint(r, 'with_exit')`: `r` is the result of `__exit__` called with an
/// exception, which must always be false (RPython context managers cannot
/// suppress exceptions).
pub const HINT_WITH_EXIT: &str = "with_exit";
/// `hint(seq, 'unpack_list')`: `seq` is the source of a starred assignment
/// (`a, *b = seq`), which must be a list.
pub const HINT_UNPACK_LIST: &str = "unpack_list";

impl OpName {
    pub fn desc(self) -> &'static OpDesc {
        &OPS[self as usize]
    }
    pub fn as_str(self) -> &'static str {
        self.desc().name
    }
    pub fn from_name(name: &str) -> Option<OpName> {
        OpName::ALL.iter().copied().find(|op| op.as_str() == name)
    }
}

impl std::fmt::Display for OpName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_indexed_by_variant() {
        for (i, op) in OpName::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert_eq!(OpName::from_name(op.as_str()), Some(*op));
        }
    }
}
