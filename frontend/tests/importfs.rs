//! The file-system functions of the compile-time evaluator: a target's
//! module-level code reads data files with `open(path).read()`,
//! `os.listdir`, `os.path.isdir`/`isfile`/`exists`; the globals it builds
//! are compared with what CPython 3.11 gives for the same code.

use std::path::PathBuf;

use frontend::Target;

const TARGET: &str = r#"
import os

def err(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return "no error"

DIR = os.path.dirname(__file__)
DATA = os.path.join(DIR, "data")
NAMES = sorted(os.listdir(DATA))
with open(os.path.join(DATA, "a.txt")) as f:
    A = f.read()
f = open(os.path.join(DATA, "sub", "b.txt"), "r")
B = f.read()
B_AGAIN = f.read()
f.close()
CLOSED = err(lambda: f.read())
del f
KINDS = [(n, os.path.isdir(os.path.join(DATA, n)), os.path.isfile(os.path.join(DATA, n)))
         for n in NAMES]
EXISTS = (os.path.exists(DATA), os.path.exists(os.path.join(DATA, "nope")))
MISSING = err(lambda: open(os.path.join(DATA, "nope"))).replace(DATA, "DATA")
NO_DIR = err(lambda: os.listdir(os.path.join(DATA, "nope"))).replace(DATA, "DATA")

def entry_point(argv):
    return 0

def target(driver, args):
    return entry_point
"#;

fn write_target() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("frontend-importfs-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("data/sub")).expect("create temp dir");
    std::fs::write(dir.join("target.py"), TARGET).expect("write target");
    std::fs::write(dir.join("data/a.txt"), "héllo\nworld\n").expect("write data");
    std::fs::write(dir.join("data/sub/b.txt"), "bee").expect("write data");
    dir
}

fn repr(t: &Target, name: &str) -> String {
    let v = t.interp.module_dict(t.module).get(name);
    let v = v.unwrap_or_else(|| panic!("no global `{name}`"));
    frontend::eval::format::repr(&t.interp.heap, v)
}

#[test]
fn reading_files_at_import_time() {
    let dir = write_target();
    let t = frontend::load_target(&dir.join("target.py"), &[])
        .map_err(|(_, d)| d.message)
        .expect("the target loads");
    let _ = std::fs::remove_dir_all(&dir);
    let expected = [
        ("NAMES", "['a.txt', 'sub']"),
        ("A", "'héllo\\nworld\\n'"),
        ("B", "'bee'"),
        ("B_AGAIN", "''"),
        ("CLOSED", "'ValueError: I/O operation on closed file.'"),
        ("KINDS", "[('a.txt', False, True), ('sub', True, False)]"),
        ("EXISTS", "(True, False)"),
        (
            "MISSING",
            "\"FileNotFoundError: [Errno 2] No such file or directory: 'DATA/nope'\"",
        ),
        (
            "NO_DIR",
            "\"FileNotFoundError: [Errno 2] No such file or directory: 'DATA/nope'\"",
        ),
    ];
    for (name, want) in expected {
        assert_eq!(repr(&t, name), want, "global {name}");
    }
}
