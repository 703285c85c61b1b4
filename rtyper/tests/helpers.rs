//! The rtyper's table of runtime helpers agrees with the runtime crate's
//! registry: every helper exists there under the same path and takes the
//! same number of arguments.

use rtyper::runtime_names::{HType, HELPERS};

#[test]
fn every_helper_is_registered_with_its_arity() {
    for h in HELPERS {
        let reg = runtime::helpers::lookup(h.name)
            .unwrap_or_else(|| panic!("{} is not in runtime::helpers", h.name));
        assert_eq!(reg.nargs, h.params.len(), "arity of {}", h.name);
        assert!(
            !h.params.contains(&HType::Void),
            "{}: Void is not a parameter type",
            h.name
        );
    }
}

#[test]
fn helper_names_are_unique() {
    let mut names: Vec<_> = HELPERS.iter().map(|h| h.name).collect();
    names.sort();
    let n = names.len();
    names.dedup();
    assert_eq!(names.len(), n);
}
