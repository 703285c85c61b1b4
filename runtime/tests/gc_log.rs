//! `PYPYLOG=gc:FILE` logging: one section per collection and the summary
//! at exit, for both collectors. One test in its own binary, because it
//! sets environment variables that `gc::init_kind` reads.

use runtime::gc::{self, GcKind};
use runtime::RpyArray;

#[path = "common/gcfixture.rs"]
mod gcfixture;

use gcfixture::*;

/// Allocates garbage (`n` small arrays), then runs a full collection, with
/// the heap set up from the environment; returns the log written.
fn logged_run(kind: GcKind, spec_category: &str, n: usize) -> String {
    let path = std::env::temp_dir().join(format!(
        "rpy-gc-log-{}-{}-{}.txt",
        std::process::id(),
        kind.name(),
        spec_category
    ));
    std::env::set_var("PYPYLOG", format!("{spec_category}:{}", path.display()));
    std::env::set_var("RPY_GC_NURSERY", "64k");
    std::env::set_var("RPY_GC_HEAP", "64k");
    gc::with_lock(|| unsafe {
        gc::init_kind(&TYPES, kind);
        for i in 0..n {
            let g = gc::malloc_varsize(T_INTS, 5) as *mut RpyArray;
            *(ptr_items(g) as *mut i64) = i as i64;
        }
        gc::collect();
        gc::log::at_exit();
        gc::reset();
    });
    let text = std::fs::read_to_string(&path).expect("the log file was written");
    let _ = std::fs::remove_file(&path);
    text
}

#[test]
fn pypylog_gc_sections_and_summary() {
    // Generational: minor collections while allocating, a major one at
    // the explicit collection.
    let log = logged_run(GcKind::Generational, "gc", 20_000);
    let minors = log.matches("{gc-minor\n").count();
    assert!(minors >= 10, "{log}");
    assert_eq!(minors, log.matches(" gc-minor}\n").count(), "{log}");
    assert_eq!(log.matches("{gc-collect-done\n").count(), 1, "{log}");
    assert!(
        log.contains("bytes in the nursery, old generation"),
        "{log}"
    );
    assert!(
        log.contains(&format!("gc-summary: {minors} minor collections")),
        "{log}"
    );
    assert!(log.contains("gc-summary: 1 major collections"), "{log}");
    assert!(log.contains("gc-summary: collector generational"), "{log}");
    // Timestamps are hex and increase within a section.
    let first = log.lines().next().expect("a first line");
    assert!(
        first.starts_with('[') && first.ends_with("] {gc-minor"),
        "{first}"
    );

    // gc-summary: no sections, only the summary.
    let log = logged_run(GcKind::Generational, "gc-summary", 20_000);
    assert!(!log.contains("{gc-minor"), "{log}");
    assert!(
        log.starts_with("gc-summary: collector generational"),
        "{log}"
    );

    // Semispace.
    let log = logged_run(GcKind::Semispace, "gc", 20_000);
    let collections = log.matches("{gc-semispace\n").count();
    assert!(collections >= 2, "{log}");
    assert!(
        log.contains(&format!("gc-summary: {collections} semispace collections")),
        "{log}"
    );
}
