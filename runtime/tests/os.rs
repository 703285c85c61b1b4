//! The pure parts of `runtime::os` (posixpath string functions, listdir)
//! against values computed with CPython 3.11's `posixpath`.

use runtime::os::{abspath, basename, dirname, join, listdir, normpath};

#[test]
fn dirname_and_basename_match_posixpath() {
    let cases = [
        ("/a/b/c.txt", "/a/b", "c.txt"),
        ("a/b/", "a/b", ""),
        ("/", "/", ""),
        ("//x", "//", "x"),
        ("name", "", "name"),
        ("", "", ""),
        ("a//b", "a", "b"),
        ("///a//b//", "///a//b", ""),
    ];
    for (p, d, b) in cases {
        assert_eq!(dirname(p), d, "dirname({p:?})");
        assert_eq!(basename(p), b, "basename({p:?})");
    }
}

#[test]
fn normpath_matches_posixpath() {
    let cases = [
        ("", "."),
        (".", "."),
        ("/a/./b/../c", "/a/c"),
        ("/../x", "/x"),
        ("//a/b", "//a/b"),
        ("///a/b", "/a/b"),
        ("a/../..", ".."),
        ("../a/./b", "../a/b"),
        ("a/b/..", "a"),
        ("//", "//"),
        ("///", "/"),
    ];
    for (p, n) in cases {
        assert_eq!(normpath(p), n, "normpath({p:?})");
    }
}

#[test]
fn join_and_abspath() {
    assert_eq!(join("a", "b"), "a/b");
    assert_eq!(join("a/", "b"), "a/b");
    assert_eq!(join("a", "/b"), "/b");
    assert_eq!(join("", "x"), "x");
    assert_eq!(join("a", ""), "a/");
    assert_eq!(abspath("x/../y", "/home/u"), "/home/u/y");
    assert_eq!(abspath("/p/./q/", "/ignored"), "/p/q");
    assert_eq!(abspath(".", "/"), "/");
}

#[test]
fn listdir_lists_entries_and_reports_errno() {
    let dir = std::env::temp_dir().join(format!("rpy_os_test_{}", std::process::id()));
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("b"), b"1").unwrap();
    std::fs::create_dir(dir.join("a")).unwrap();
    let path = dir.to_str().unwrap().as_bytes().to_vec();
    let mut names = listdir(&path).unwrap();
    names.sort();
    assert_eq!(names, vec![b"a".to_vec(), b"b".to_vec()]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(listdir(&path), Err(2));
    assert_eq!(listdir(b""), Err(2));
}
