//! The `os` functions an interpreter needs at run time beyond file
//! descriptors (those are in [`crate::io`]): `os.getcwd()`, reading
//! `os.environ` (`os.environ[name]`, `name in os.environ`; `get` is
//! `io::os_getenv_rpy`), `os.listdir(path)` and the `os.path` string
//! functions `dirname`, `basename`, `join` and `abspath`; `os.mkdir` and
//! `os.rmdir`.
//!
//! Failures raise OSError with CPython's text, including the file name
//! (`[Errno 2] No such file or directory: 'x'`).

use crate::exc::{self, Builtin};
use crate::io::{errno_message, os_getenv};
use crate::string::{list_of_parts, str_as_str, str_from};
use crate::{RpyList, RpyStr};

/// The bytes of a run-time string.
unsafe fn bytes_of<'a>(s: *mut RpyStr) -> &'a [u8] {
    std::slice::from_raw_parts((*s).bytes.as_ptr(), (*s).nbytes as usize)
}

/// The errno of an I/O error (EIO if it has none).
fn errno_of(e: &std::io::Error) -> i32 {
    e.raw_os_error().unwrap_or(5)
}

/// Raises OSError `[Errno N] text: 'path'`.
///
/// # Safety
/// May collect (see [`exc::raise_builtin`]).
unsafe fn raise_path_error(errno: i32, path: &str) {
    let msg = format!("{}: {}", errno_message(errno), pytext::str_repr(path));
    exc::raise_builtin(Builtin::OSError, &msg);
}

/// `os.getcwd()`: a new string of type `tid`, or null with OSError raised.
///
/// # Safety
/// [`crate::gc::init`] was called; `tid` is the program's string type.
pub unsafe fn os_getcwd_rpy(tid: u32) -> *mut RpyStr {
    match std::env::current_dir() {
        Ok(p) => str_from(tid, &p.to_string_lossy()),
        Err(e) => {
            exc::raise_builtin(Builtin::OSError, &errno_message(errno_of(&e)));
            std::ptr::null_mut()
        }
    }
}

/// `name in os.environ`.
///
/// # Safety
/// `name` is a valid string.
pub unsafe fn os_environ_contains_rpy(name: *mut RpyStr) -> bool {
    os_getenv(bytes_of(name)).is_some()
}

/// `os.environ[name]`: a new string of type `tid`, or null with
/// `KeyError: 'name'` raised.
///
/// # Safety
/// `name` is a valid string; `tid` is the program's string type.
pub unsafe fn os_environ_getitem_rpy(tid: u32, name: *mut RpyStr) -> *mut RpyStr {
    let r = crate::io::os_getenv_rpy(tid, name);
    if r.is_null() && !exc::occurred() {
        // `name` was not moved: os_getenv_rpy allocates only on success.
        let text = pytext::str_repr(str_as_str(name));
        exc::raise_builtin(Builtin::KeyError, &text);
    }
    r
}

/// The entry names of directory `path` (neither `.` nor `..`), in the
/// order the system returns them (as CPython).
pub fn listdir(path: &[u8]) -> Result<Vec<Vec<u8>>, i32> {
    use std::os::unix::ffi::{OsStrExt, OsStringExt};
    let dir = if path.is_empty() {
        // CPython: os.listdir('') fails with ENOENT.
        return Err(2);
    } else {
        std::ffi::OsStr::from_bytes(path)
    };
    let rd = std::fs::read_dir(dir).map_err(|e| errno_of(&e))?;
    let mut names = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| errno_of(&e))?;
        names.push(entry.file_name().into_vec());
    }
    Ok(names)
}

/// `os.listdir(path)`: a new list (types `list_tid`/`array_tid`) of
/// strings of type `str_tid`, or null with OSError raised.
///
/// # Safety
/// [`crate::gc::init`] was called; the type ids are the program's.
pub unsafe fn os_listdir_rpy(
    list_tid: u32,
    array_tid: u32,
    str_tid: u32,
    path: *mut RpyStr,
) -> *mut RpyList {
    match listdir(bytes_of(path)) {
        Ok(names) => {
            let names: Vec<String> = names
                .into_iter()
                .map(|n| String::from_utf8_lossy(&n).into_owned())
                .collect();
            list_of_parts(list_tid, array_tid, str_tid, &names, false)
        }
        Err(errno) => {
            raise_path_error(errno, str_as_str(path));
            std::ptr::null_mut()
        }
    }
}

/// `os.path.dirname(p)` (posixpath: the head of `split`, trailing
/// slashes removed unless it is all slashes).
pub fn dirname(p: &str) -> &str {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let head = &p[..i];
    let stripped = head.trim_end_matches('/');
    if stripped.is_empty() {
        head
    } else {
        stripped
    }
}

/// `os.path.basename(p)`.
pub fn basename(p: &str) -> &str {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    &p[i..]
}

/// `os.path.join(a, b)` (posixpath).
pub fn join(a: &str, b: &str) -> String {
    if b.starts_with('/') {
        b.to_string()
    } else if a.is_empty() || a.ends_with('/') {
        format!("{a}{b}")
    } else {
        format!("{a}/{b}")
    }
}

/// `os.path.normpath(p)` (posixpath).
pub fn normpath(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    // POSIX allows one or two initial slashes, but treats three or more
    // as a single slash.
    let initial = if p.starts_with("//") && !p.starts_with("///") {
        2
    } else if p.starts_with('/') {
        1
    } else {
        0
    };
    let mut comps: Vec<&str> = Vec::new();
    for comp in p.split('/') {
        if comp.is_empty() || comp == "." {
            continue;
        }
        if comp != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let out = format!("{}{}", "/".repeat(initial), comps.join("/"));
    if out.is_empty() {
        ".".into()
    } else {
        out
    }
}

/// `os.path.abspath(p)` relative to the current directory `cwd`.
pub fn abspath(p: &str, cwd: &str) -> String {
    if p.starts_with('/') {
        normpath(p)
    } else {
        normpath(&join(cwd, p))
    }
}

/// `os.path.dirname(p)`: a new string of type `tid`.
///
/// # Safety
/// `p` is a valid string; `tid` is the program's string type.
pub unsafe fn os_path_dirname_rpy(tid: u32, p: *mut RpyStr) -> *mut RpyStr {
    let text = dirname(str_as_str(p)).to_string();
    str_from(tid, &text)
}

/// `os.path.basename(p)`: a new string of type `tid`.
///
/// # Safety
/// `p` is a valid string; `tid` is the program's string type.
pub unsafe fn os_path_basename_rpy(tid: u32, p: *mut RpyStr) -> *mut RpyStr {
    let text = basename(str_as_str(p)).to_string();
    str_from(tid, &text)
}

/// `os.path.join(a, b)`: a new string of type `tid`.
///
/// # Safety
/// `a` and `b` are valid strings; `tid` is the program's string type.
pub unsafe fn os_path_join_rpy(tid: u32, a: *mut RpyStr, b: *mut RpyStr) -> *mut RpyStr {
    let text = join(str_as_str(a), str_as_str(b));
    str_from(tid, &text)
}

/// `os.path.abspath(p)`: a new string of type `tid`, or null with OSError
/// raised if the current directory is unknown.
///
/// # Safety
/// `p` is a valid string; `tid` is the program's string type.
pub unsafe fn os_path_abspath_rpy(tid: u32, p: *mut RpyStr) -> *mut RpyStr {
    let text = str_as_str(p);
    if text.starts_with('/') {
        return str_from(tid, &normpath(text));
    }
    match std::env::current_dir() {
        Ok(cwd) => {
            let r = abspath(text, &cwd.to_string_lossy());
            str_from(tid, &r)
        }
        Err(e) => {
            exc::raise_builtin(Builtin::OSError, &errno_message(errno_of(&e)));
            std::ptr::null_mut()
        }
    }
}

/// `os.mkdir(path, mode)`, raising OSError on failure.
///
/// # Safety
/// `path` is a valid string; may collect when raising.
pub unsafe fn os_mkdir_rpy(path: *mut RpyStr, mode: i64) {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::DirBuilderExt;
    let p = std::ffi::OsStr::from_bytes(bytes_of(path));
    if let Err(e) = std::fs::DirBuilder::new().mode(mode as u32).create(p) {
        raise_path_error(errno_of(&e), str_as_str(path));
    }
}

/// `os.rmdir(path)`, raising OSError on failure.
///
/// # Safety
/// `path` is a valid string; may collect when raising.
pub unsafe fn os_rmdir_rpy(path: *mut RpyStr) {
    use std::os::unix::ffi::OsStrExt;
    let p = std::ffi::OsStr::from_bytes(bytes_of(path));
    if let Err(e) = std::fs::remove_dir(p) {
        raise_path_error(errno_of(&e), str_as_str(path));
    }
}
