//! Unit tests of the lattice: unions, containment and the type notation.

use annotator::{Annotator, IntType, SomeValue};
use flowgraph::IntKind;
use frontend::eval::Interp;

fn check(f: impl FnOnce(&mut Annotator)) {
    let mut interp = Interp::new(vec![]);
    let mut ann = Annotator::new(&mut interp);
    f(&mut ann);
}

fn union_str(ann: &mut Annotator, a: &SomeValue, b: &SomeValue) -> String {
    match ann.union(a, b) {
        Ok(u) => ann.describe(&u),
        Err(e) => format!("error: {}", e.why),
    }
}

#[test]
fn numbers() {
    check(|ann| {
        let t = SomeValue::Bool {
            konst: Some(true),
            ktd: None,
        };
        assert_eq!(union_str(ann, &t, &SomeValue::const_int(5)), "int(nonneg)");
        assert_eq!(
            union_str(ann, &SomeValue::const_int(5), &SomeValue::const_int(5)),
            "Literal[5]"
        );
        assert_eq!(
            union_str(ann, &SomeValue::const_int(-1), &SomeValue::nonneg_int()),
            "int"
        );
        assert_eq!(
            union_str(ann, &SomeValue::int(), &SomeValue::float()),
            "float"
        );
        let u = SomeValue::Int {
            ty: IntType::Sized(IntKind::Unsigned),
            nonneg: true,
            konst: None,
        };
        assert_eq!(union_str(ann, &u, &SomeValue::nonneg_int()), "r_uint");
        assert_eq!(
            union_str(ann, &u, &SomeValue::int()),
            "error: r_uint and int are different integer types (use intmask() or r_uint() to convert explicitly)"
        );
        let i32_ = SomeValue::Int {
            ty: IntType::Sized(IntKind::Int32),
            nonneg: false,
            konst: None,
        };
        let ll = SomeValue::Int {
            ty: IntType::Sized(IntKind::LongLong),
            nonneg: false,
            konst: None,
        };
        assert_eq!(union_str(ann, &i32_, &ll), "r_longlong");
    });
}

#[test]
fn none_and_nullability() {
    check(|ann| {
        assert_eq!(
            union_str(ann, &SomeValue::None, &SomeValue::str()),
            "str | None"
        );
        assert_eq!(
            union_str(ann, &SomeValue::char(), &SomeValue::None),
            "str | None"
        );
        assert_eq!(union_str(ann, &SomeValue::char(), &SomeValue::str()), "str");
        assert_eq!(
            union_str(ann, &SomeValue::None, &SomeValue::int()),
            "error: None cannot be mixed with int"
        );
        let t = SomeValue::Tuple(vec![SomeValue::int()].into());
        assert_eq!(
            union_str(ann, &t, &SomeValue::None),
            "error: tuple[int] cannot be mixed with None"
        );
        assert_eq!(
            union_str(ann, &SomeValue::Impossible, &SomeValue::None),
            "None"
        );
    });
}

#[test]
fn tuples_and_lists() {
    check(|ann| {
        let a = SomeValue::Tuple(vec![SomeValue::nonneg_int(), SomeValue::str()].into());
        let b = SomeValue::Tuple(vec![SomeValue::int(), SomeValue::char()].into());
        assert_eq!(union_str(ann, &a, &b), "tuple[int, str]");
        let c = SomeValue::Tuple(vec![SomeValue::int()].into());
        assert_eq!(
            union_str(ann, &a, &c),
            "error: tuples of different lengths (2 and 1) cannot be mixed"
        );
        // Two list definitions meeting become one, with the union of items.
        let l1 = ann.new_list(SomeValue::nonneg_int(), None);
        let l2 = ann.new_list(SomeValue::int(), None);
        assert_eq!(union_str(ann, &l1, &l2), "list[int]");
        assert_eq!(
            ann.describe(&l1),
            "list[int]",
            "l1's definition was unified"
        );
        let l3 = ann.new_list(SomeValue::str(), None);
        assert_eq!(
            union_str(ann, &l1, &l3),
            "error: their items cannot be merged: int cannot be mixed with str"
        );
        assert!(ann.contains(&l1, &l2));
    });
}
