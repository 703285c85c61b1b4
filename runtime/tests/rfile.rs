//! `runtime::rfile` against CPython's file behaviour: modes, text sizes in
//! code points, readline, tell/seek across buffered reads and writes,
//! errors. The run time is single-threaded: each test holds the runtime's
//! lock (`gc::with_lock`) as the graph interpreter does.

use runtime::gc;
use runtime::rfile::{self, Error};

fn temp_path(name: &str) -> Vec<u8> {
    let p = std::env::temp_dir().join(format!("rpy_rfile_{}_{name}", std::process::id()));
    p.to_str().unwrap().as_bytes().to_vec()
}

#[test]
fn modes() {
    assert!(rfile::parse_mode("r").is_ok());
    assert!(rfile::parse_mode("rb").is_ok());
    assert!(rfile::parse_mode("a+b").is_ok());
    assert!(rfile::parse_mode("rU").is_ok());
    assert_eq!(
        rfile::parse_mode("x"),
        Err(Error::Value("invalid mode: 'x'".into()))
    );
    assert!(rfile::parse_mode("rbb").is_err());
}

#[test]
fn text_read_counts_code_points() {
    gc::with_lock(|| {
        let path = temp_path("text");
        let w = rfile::open(&path, "w").unwrap();
        rfile::write(w, "aé日\nsecond\nlast".as_bytes()).unwrap();
        rfile::close(w).unwrap();
        let r = rfile::open(&path, "r").unwrap();
        assert_eq!(rfile::read(r, 3, true, false).unwrap(), "aé日".as_bytes());
        // tell() is a byte offset, as CPython's for UTF-8 without state.
        assert_eq!(rfile::tell(r).unwrap(), 6);
        assert_eq!(rfile::read(r, -1, true, true).unwrap(), b"\n");
        assert_eq!(rfile::read(r, 3, true, true).unwrap(), b"sec");
        assert_eq!(rfile::read(r, -1, true, true).unwrap(), b"ond\n");
        assert_eq!(rfile::read(r, -1, true, true).unwrap(), b"last");
        assert_eq!(rfile::read(r, -1, true, true).unwrap(), b"");
        rfile::seek(r, 1, 0).unwrap();
        assert_eq!(rfile::read(r, 1, false, false).unwrap(), vec![0xC3]);
        rfile::close(r).unwrap();
        assert_eq!(
            rfile::read(r, -1, true, false),
            Err(Error::Value("I/O operation on closed file".into()))
        );
        std::fs::remove_file(String::from_utf8(path).unwrap()).unwrap();
    });
}

#[test]
fn read_write_interleaved() {
    gc::with_lock(|| {
        let path = temp_path("rw");
        let f = rfile::open(&path, "w+b").unwrap();
        rfile::write(f, b"0123456789").unwrap();
        assert_eq!(rfile::tell(f).unwrap(), 10);
        rfile::seek(f, 2, 0).unwrap();
        assert_eq!(rfile::read(f, 3, false, false).unwrap(), b"234");
        // Writing after a buffered read continues at the logical position.
        rfile::write(f, b"xy").unwrap();
        assert_eq!(rfile::tell(f).unwrap(), 7);
        rfile::seek(f, 0, 0).unwrap();
        assert_eq!(rfile::read(f, -1, false, false).unwrap(), b"01234xy789");
        rfile::close(f).unwrap();
        let a = rfile::open(&path, "a").unwrap();
        rfile::write(a, b"!").unwrap();
        rfile::close(a).unwrap();
        let data = std::fs::read(String::from_utf8(path.clone()).unwrap()).unwrap();
        assert_eq!(data, b"01234xy789!");
        // Reading a write-only file: OSError (EBADF; CPython raises its
        // subclass io.UnsupportedOperation).
        let w = rfile::open(&path, "a").unwrap();
        assert_eq!(rfile::read(w, -1, false, false), Err(Error::Os(9)));
        rfile::close(w).unwrap();
        std::fs::remove_file(String::from_utf8(path).unwrap()).unwrap();
    });
}

#[test]
fn missing_file() {
    gc::with_lock(|| {
        assert_eq!(
            rfile::open(b"/nonexistent/dir/file", "r"),
            Err(Error::Os(2))
        );
    });
}

#[test]
fn find_fd_of_open_and_closed_files() {
    // streamio's try_to_find_file_descriptor(): fileno() of an open file,
    // -1 once it is closed (CPython's fileno() raises ValueError, caught).
    gc::with_lock(|| {
        let path = temp_path("findfd");
        let f = rfile::open(&path, "w").unwrap();
        let fd = rfile::find_fd(f);
        assert!(fd > 2);
        rfile::close(f).unwrap();
        assert_eq!(rfile::find_fd(f), -1);
        std::fs::remove_file(String::from_utf8(path).unwrap()).unwrap();
    });
}
