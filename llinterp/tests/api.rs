//! The interpreter as a library: rtype a program in-process and run it
//! with its output captured (as rtyper tests do). The two tests run on
//! parallel test threads and take turns on the runtime's global state.

use std::path::{Path, PathBuf};
use std::process::Command;

use llinterp::{pipeline, run_captured, Outcome};

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/rpython")
        .join(name)
}

/// Rtypes and runs `program` on a thread with a big stack (the front end
/// recurses along the user's code).
fn rtype_and_run(program: PathBuf, args: &[&str]) -> (Outcome, String) {
    let mut argv = vec![program.display().to_string()];
    argv.extend(args.iter().map(|a| a.to_string()));
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let p = pipeline::rtype_target(&program, &[]).expect("the program rtypes");
            let (outcome, out) = run_captured(&p, &argv);
            (outcome, String::from_utf8(out).expect("utf-8 output"))
        })
        .expect("spawn")
        .join()
        .expect("no panic")
}

fn cpython_stdout(program: &Path) -> String {
    let out = Command::new("python3")
        .arg(program)
        .env(
            "PYTHONPATH",
            Path::new(env!("CARGO_MANIFEST_DIR")).join(".."),
        )
        .output()
        .expect("run python3");
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn output_is_captured_and_matches_cpython() {
    let program = corpus("001_int_arith.py");
    let (outcome, out) = rtype_and_run(program.clone(), &[]);
    assert_eq!(outcome, Outcome::Exit(0));
    assert!(!out.is_empty());
    assert_eq!(out, cpython_stdout(&program));
}

#[test]
fn an_uncaught_exception_has_its_class_name_and_message() {
    let program = corpus("061_uncaught_valueerror.py");
    let (outcome, out) = rtype_and_run(program.clone(), &[]);
    assert_eq!(
        outcome,
        Outcome::Uncaught {
            name: "ValueError".into(),
            message: "bad value 7".into()
        }
    );
    assert_eq!(out, cpython_stdout(&program));
}
