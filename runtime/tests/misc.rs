//! The helper registry, recursion-depth protection, I/O and the fatal
//! paths (run in a child process).

use runtime::exc::{self, Builtin};
use runtime::{gc, helpers, io, stack, GcPtr, RpyList, RpyStr, TypeInfo};
use std::process::Command;

const T_STR: u32 = 1;
const T_LIST: u32 = 2;
const T_ARRAY: u32 = 3;
const T_DICT: u32 = 4;
const T_ENTRIES: u32 = 5;
const T_INDEXES: u32 = 6;

static TYPES: [TypeInfo; 7] = [
    TypeInfo::fixed(16, &[], "unused"),
    TypeInfo::string("str"),
    TypeInfo::fixed(24, &[16], "list of int"),
    TypeInfo::array(8, &[], "array of int"),
    TypeInfo::fixed(40, &[24, 32], "dict"),
    TypeInfo::array(24, &[0], "entries str->int"),
    TypeInfo::array(8, &[], "indexes"),
];

fn call(name: &str, args: &[u64]) -> u64 {
    let h = helpers::lookup(name).unwrap_or_else(|| panic!("no helper {name}"));
    assert_eq!(h.nargs, args.len(), "{name}");
    unsafe { (h.call)(args) }
}

#[test]
fn helper_registry_calls_through_words() {
    gc::with_lock(|| unsafe {
        gc::init_with_config(&TYPES, 64 << 10, false);
        assert!(helpers::lookup("no::such").is_none());
        let mut names: Vec<&str> = helpers::all().iter().map(|h| h.name).collect();
        let n = names.len();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), n, "unique names");
        assert!(n > 100);

        // strings: words are addresses, results too
        let s = call("string::int_to_str", &[T_STR as u64, (-42i64) as u64]);
        assert_eq!(runtime::string::str_as_str(s as *mut RpyStr), "-42");
        assert_eq!(call("string::str_len", &[s]), 3);
        assert_eq!(call("string::str_to_int", &[s, 10]) as i64, -42);
        let f = call("string::float_repr", &[T_STR as u64, 2.5f64.to_bits()]);
        assert_eq!(runtime::string::str_as_str(f as *mut RpyStr), "2.5");
        assert_eq!(f64::from_bits(call("string::str_to_float", &[f])), 2.5);
        assert_eq!(call("string::str_eq", &[s, s]), 1);
        assert_eq!(call("string::str_cmp", &[f, s]) as i64, 1);
        // bool arguments, u32 arguments
        assert_eq!(call("string::str_getitem", &[s, 0]), '-' as u64);
        let t = call(
            "string::float_format",
            &[T_STR as u64, 0.5f64.to_bits(), 'f' as u64, 2, 0],
        );
        assert_eq!(runtime::string::str_as_str(t as *mut RpyStr), "0.50");

        // lists
        let l = call("list::list_new", &[T_LIST as u64, T_ARRAY as u64, 2]);
        let l = call("list::list_append_slot", &[l, T_ARRAY as u64]);
        assert_eq!((*(l as *mut RpyList)).length, 3);
        let p = call(
            "list::array_item_ptr",
            &[(*(l as *mut RpyList)).items as u64, 2],
        );
        *(p as *mut i64) = 99;
        let l2 = call(
            "list::list_slice",
            &[T_LIST as u64, T_ARRAY as u64, l, 2, 3],
        );
        let p = call(
            "list::array_item_ptr",
            &[(*(l2 as *mut RpyList)).items as u64, 0],
        );
        assert_eq!(*(p as *const i64), 99);

        // dicts with str keys
        let d = call(
            "dict::dict_new_tids",
            &[T_DICT as u64, T_ENTRIES as u64, T_INDEXES as u64],
        );
        let d = runtime::gc::Roots::new([d as GcPtr, s as GcPtr]);
        call(
            "dict::dict_setitem_str",
            &[d.get(0) as u64, d.get(1) as u64, 7],
        );
        let key = call("string::int_to_str", &[T_STR as u64, (-42i64) as u64]);
        assert_eq!(call("dict::dict_getitem_str", &[d.get(0) as u64, key]), 7);
        assert_eq!(call("dict::dict_len", &[d.get(0) as u64]), 1);
        assert_eq!(call("dict::dict_contains_str", &[d.get(0) as u64, f]), 0);
        assert_eq!(call("dict::dict_next", &[d.get(0) as u64, 0]), 0);
        assert_eq!(call("dict::dict_next", &[d.get(0) as u64, 1]) as i64, -1);
        assert_eq!(call("dict::dict_delitem_str", &[d.get(0) as u64, key]), 1);
        drop(d);

        // exceptions: an unregistered kind still counts as raised
        call("string::str_to_int", &[f, 10]);
        assert_eq!(call("exc::occurred", &[]), 1);
        assert_eq!(exc::pending_builtin(), Some(Builtin::ValueError));
        call("exc::clear", &[]);
        assert_eq!(call("exc::occurred", &[]), 0);
        gc::reset();
    });
}

#[test]
#[should_panic(expected = "wrong argument count")]
fn helper_checks_argument_count() {
    let h = helpers::lookup("string::str_len").unwrap();
    unsafe { (h.call)(&[]) };
}

#[inline(never)]
fn recurse(depth: u64) -> u64 {
    if unsafe { stack::check() } {
        return depth;
    }
    let local = std::hint::black_box([depth; 8]);
    recurse(depth + 1).max(local[3])
}

#[test]
fn stack_check_stops_deep_recursion() {
    let depth = stack::run_with_big_stack(|| (recurse(0) / 1000) as i32);
    assert!(depth > 100, "only {depth}k frames on a 1 GiB stack");
    // on a normal test thread (2 MiB) after the conservative init
    unsafe { stack::init_stack_limit() };
    let shallow = recurse(0);
    assert!(shallow > 100 && shallow < depth as u64 * 1000);
}

#[test]
fn stdout_capture_and_os_functions() {
    gc::with_lock(|| {
        io::set_capture(true);
        io::stdout_write(b"hello ");
        io::stdout_write("wörld\n".as_bytes());
        assert_eq!(io::os_write(1, b"direct").unwrap(), 6);
        assert_eq!(io::take_captured(), "hello wörld\ndirect".as_bytes());
        io::set_capture(false);

        let dir = std::env::temp_dir().join(format!("rpy-runtime-test-{}", std::process::id()));
        let path = dir.to_str().unwrap().as_bytes().to_vec();
        const O_WRONLY: i32 = 1;
        const O_CREAT: i32 = 0o100;
        const O_TRUNC: i32 = 0o1000;
        let fd = io::os_open(&path, O_WRONLY | O_CREAT | O_TRUNC, 0o644).unwrap();
        assert_eq!(io::os_write(fd, b"0123456789").unwrap(), 10);
        io::os_close(fd).unwrap();
        assert!(io::os_close(fd).is_err());
        let fd = io::os_open(&path, 0, 0).unwrap();
        assert_eq!(io::os_read(fd, 4).unwrap(), b"0123");
        assert_eq!(io::os_read(fd, 100).unwrap(), b"456789");
        assert_eq!(io::os_read(fd, 100).unwrap(), b"");
        io::os_close(fd).unwrap();
        std::fs::remove_file(&dir).unwrap();
        let err = io::os_open(&path, 0, 0).unwrap_err();
        assert_eq!(err, 2);
        assert_eq!(io::errno_message(2), "[Errno 2] No such file or directory");
        assert!(io::os_getenv(b"PATH").is_some());
        assert!(io::os_getenv(b"RPY_SURELY_UNSET_VARIABLE").is_none());
        let t0 = io::time_perf_counter();
        unsafe { io::time_sleep(0.01) };
        assert!(io::time_perf_counter() - t0 >= 0.009);
        assert!(io::time_monotonic() >= t0);
        assert!(io::time_time() > 1.6e9);
    });
}

/// Runs this test binary's `child` test with `RPY_CHILD=<what>`; returns
/// (status, stdout, stderr).
fn run_child(what: &str) -> (i32, String, String) {
    let out = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "child", "--nocapture", "--test-threads=1"])
        .env("RPY_CHILD", what)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Not a test by itself: the body of the child processes.
#[test]
fn child() {
    let Ok(what) = std::env::var("RPY_CHILD") else {
        return;
    };
    io::stdout_write(b"buffered output\n");
    match what.as_str() {
        "uncaught" => {
            exc::report_uncaught("ValueError", "bad thing", "File \"t.py\", line 3, in f")
        }
        "uncaught-empty" => exc::report_uncaught(
            "KeyboardInterrupt",
            "",
            "File \"t.py\", line 1, in <module>",
        ),
        "uncaught-frame" => {
            // The innermost frame wins; catching keeps it (for a re-raise),
            // a new builtin exception forgets it.
            exc::note_location(-1);
            assert_eq!(exc::location(), None);
            exc::set_location(3);
            exc::note_location(5);
            assert_eq!(exc::location(), Some(3));
            exc::clear();
            assert_eq!(exc::location(), Some(3));
            unsafe { exc::raise_builtin(Builtin::IndexError, "list index out of range") };
            assert_eq!(exc::location(), None);
            exc::note_location(7);
            assert_eq!(exc::location(), Some(7));
            exc::set_location(12);
            assert_eq!(exc::location(), Some(12));
            let frame = exc::frame_text("prog.py", 12, "f", "print(lst[k])");
            exc::report_uncaught("IndexError", "list index out of range", &frame)
        }
        "fatal" => stack::fatal("shadow stack overflow"),
        _ => {}
    }
}

#[test]
fn uncaught_exception_report() {
    let (code, out, err) = run_child("uncaught");
    assert_eq!(code, 1);
    assert!(out.contains("buffered output\n"), "stdout flushed: {out:?}");
    assert!(
        err.ends_with("Traceback (most recent call last):\n  File \"t.py\", line 3, in f\nValueError: bad thing\n"),
        "{err:?}"
    );
    let (code, _, err) = run_child("uncaught-empty");
    assert_eq!(code, 1);
    assert!(err.ends_with("in <module>\nKeyboardInterrupt\n"), "{err:?}");
    let (code, _, err) = run_child("uncaught-frame");
    assert_eq!(code, 1, "{err}");
    assert!(
        err.ends_with(
            "Traceback (most recent call last):\n  File \"prog.py\", line 12, in f\n    \
             print(lst[k])\nIndexError: list index out of range\n"
        ),
        "{err:?}"
    );
}

#[test]
fn fatal_error_report() {
    let (code, out, err) = run_child("fatal");
    assert_eq!(code, 1);
    assert!(out.contains("buffered output\n"));
    assert!(
        err.ends_with("fatal RPython error: shadow stack overflow\n"),
        "{err:?}"
    );
}
