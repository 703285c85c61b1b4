//! Input/output and OS services of translated programs.
//!
//! stdout is buffered in memory (line-buffered when it is a terminal) and
//! flushed when the buffer fills, before anything is written to stderr or
//! to fd 1/2 directly, before reading fd 0, and at exit ([`exit_flush`]).
//! The graph interpreter can capture stdout instead ([`set_capture`]).
//! `os_*` functions work on raw file descriptors and return errors as
//! `Err(errno)`; their `*_rpy` variants take and return run-time strings
//! and raise `OSError` instead.
//!
//! After any call returns, the bytes written so far appear on fd 1 in
//! program order relative to every other write this module performs.

use crate::exc::{self, Builtin};
use crate::{Global, RpyStr};
use std::fs::File;
use std::io::{IsTerminal, Read, Write};
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const BUFFER_SIZE: usize = 1 << 16;

struct Out {
    buf: Vec<u8>,
    /// `None` until the first write decides (terminal → line-buffered).
    line_buffered: Option<bool>,
    capture: Option<Vec<u8>>,
}

static OUT: Global<Out> = Global::new(Out {
    buf: Vec::new(),
    line_buffered: None,
    capture: None,
});

/// A `File` view of `fd` that does not close it when dropped.
fn fd_file(fd: i32) -> ManuallyDrop<File> {
    // SAFETY: the file is never dropped, so the caller's fd stays open and
    // owned by the caller; reads and writes on a bad fd just fail.
    ManuallyDrop::new(unsafe { File::from_raw_fd(fd) })
}

fn errno_of(err: &std::io::Error) -> i32 {
    err.raw_os_error().unwrap_or(5) // EIO for errors without an errno
}

/// Writes all of `bytes` to `fd`, retrying on EINTR.
fn write_all_fd(fd: i32, bytes: &[u8]) -> Result<(), i32> {
    fd_file(fd).write_all(bytes).map_err(|e| errno_of(&e))
}

/// Appends `bytes` to the stdout buffer.
pub fn stdout_write(bytes: &[u8]) {
    unsafe {
        let out = &mut *OUT.get();
        if let Some(cap) = out.capture.as_mut() {
            cap.extend_from_slice(bytes);
            return;
        }
        out.buf.extend_from_slice(bytes);
        let line_buffered = *out
            .line_buffered
            .get_or_insert_with(|| std::io::stdout().is_terminal());
        if out.buf.len() >= BUFFER_SIZE || (line_buffered && bytes.contains(&b'\n')) {
            stdout_flush();
        }
    }
}

/// Writes the stdout buffer to fd 1 (errors are ignored, as at exit).
pub fn stdout_flush() {
    unsafe {
        let out = &mut *OUT.get();
        if !out.buf.is_empty() {
            let _ = write_all_fd(1, &out.buf);
            out.buf.clear();
        }
    }
}

/// Writes `bytes` to stderr (unbuffered), flushing stdout first.
pub fn stderr_write(bytes: &[u8]) {
    stdout_flush();
    let _ = write_all_fd(2, bytes);
}

/// Flushes everything (and writes the GC summary if `PYPYLOG` asks for
/// it); call before the process exits.
pub fn exit_flush() {
    crate::rfile::flush_all();
    stdout_flush();
    crate::gc::log::at_exit();
}

/// Starts (`true`) or stops capturing stdout: while capturing, writes are
/// collected in memory instead of reaching fd 1 (for the graph
/// interpreter's tests). Stopping discards what was not taken.
pub fn set_capture(on: bool) {
    unsafe {
        let out = &mut *OUT.get();
        if on {
            stdout_flush();
            out.capture = Some(Vec::new());
        } else {
            out.capture = None;
        }
    }
}

/// Takes the output captured so far (empty when not capturing).
pub fn take_captured() -> Vec<u8> {
    unsafe {
        match (*OUT.get()).capture.as_mut() {
            Some(cap) => std::mem::take(cap),
            None => Vec::new(),
        }
    }
}

/// Writes the bytes of a run-time string to stdout (buffered).
///
/// # Safety
/// `s` is null (nothing is written) or a valid string.
pub unsafe fn print_str(s: *mut RpyStr) {
    if !s.is_null() {
        stdout_write(std::slice::from_raw_parts(
            (*s).bytes.as_ptr(),
            (*s).nbytes as usize,
        ));
    }
}

/// Writes a newline to stdout (buffered).
pub fn print_newline() {
    stdout_write(b"\n");
}

/// Writes a space to stdout (buffered): `print`'s separator.
pub fn print_space() {
    stdout_write(b" ");
}

/// Writes the bytes of a run-time string to stderr.
///
/// # Safety
/// As for [`print_str`].
pub unsafe fn stderr_str(s: *mut RpyStr) {
    if !s.is_null() {
        stderr_write(std::slice::from_raw_parts(
            (*s).bytes.as_ptr(),
            (*s).nbytes as usize,
        ));
    }
}

// ---------------------------------------------------------------------------
// os

/// Reads up to `n` bytes from `fd` (stdout is flushed first when reading
/// fd 0).
pub fn os_read(fd: i32, n: usize) -> Result<Vec<u8>, i32> {
    if fd == 0 {
        stdout_flush();
    }
    let mut buf = vec![0u8; n];
    loop {
        match fd_file(fd).read(&mut buf) {
            Ok(got) => {
                buf.truncate(got);
                return Ok(buf);
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(errno_of(&e)),
        }
    }
}

/// Writes (some of) `bytes` to `fd` with one `write` call; returns the
/// count written. Buffered stdout is flushed first when `fd` is 1 or 2.
pub fn os_write(fd: i32, bytes: &[u8]) -> Result<usize, i32> {
    if fd == 1 || fd == 2 {
        stdout_flush();
        unsafe {
            if fd == 1 {
                if let Some(cap) = (*OUT.get()).capture.as_mut() {
                    cap.extend_from_slice(bytes);
                    return Ok(bytes.len());
                }
            }
        }
    }
    loop {
        match fd_file(fd).write(bytes) {
            Ok(n) => return Ok(n),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(errno_of(&e)),
        }
    }
}

const O_ACCMODE: i32 = 3;
const O_WRONLY: i32 = 1;
const O_RDWR: i32 = 2;
const EINVAL: i32 = 22;

/// Opens `path` with the platform's `open(2)` `flags` and `mode`; returns
/// the new fd.
pub fn os_open(path: &[u8], flags: i32, mode: u32) -> Result<i32, i32> {
    use std::os::fd::IntoRawFd;
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::OpenOptionsExt;
    let mut options = std::fs::OpenOptions::new();
    match flags & O_ACCMODE {
        O_WRONLY => options.write(true),
        O_RDWR => options.read(true).write(true),
        _ => options.read(true),
    };
    options.custom_flags(flags & !O_ACCMODE).mode(mode);
    let path = std::ffi::OsStr::from_bytes(path);
    match options.open(path) {
        Ok(file) => Ok(file.into_raw_fd()),
        Err(e) => Err(errno_of(&e)),
    }
}

extern "C" {
    /// `close(2)` from the C library std links anyway (std's `OwnedFd`
    /// ignores the result, but `os.close` must report it).
    fn close(fd: i32) -> i32;
}

/// Closes `fd`.
pub fn os_close(fd: i32) -> Result<(), i32> {
    if fd < 0 {
        return Err(9); // EBADF
    }
    // SAFETY: closing an fd has no memory-safety consequence for us; the
    // program owns its descriptors.
    if unsafe { close(fd) } == 0 {
        Ok(())
    } else {
        Err(errno_of(&std::io::Error::last_os_error()))
    }
}

/// The value of environment variable `name`, if set.
pub fn os_getenv(name: &[u8]) -> Option<Vec<u8>> {
    use std::os::unix::ffi::{OsStrExt, OsStringExt};
    if name.is_empty() || name.contains(&b'=') || name.contains(&0) {
        return None;
    }
    std::env::var_os(std::ffi::OsStr::from_bytes(name)).map(|v| v.into_vec())
}

/// The CPython-style message of an OS error: `[Errno 2] No such file or
/// directory`.
pub fn errno_message(errno: i32) -> String {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    let suffix = format!(" (os error {errno})");
    let text = text.strip_suffix(&suffix).unwrap_or(&text);
    format!("[Errno {errno}] {text}")
}

/// Raises OSError for `errno`.
///
/// # Safety
/// May collect (see [`exc::raise_builtin`]).
pub unsafe fn raise_os_error(errno: i32) {
    exc::raise_builtin(Builtin::OSError, &errno_message(errno));
}

/// `os.read(fd, n)` returning a new `bytes` string of type `tid`; raises
/// OSError (returns null) on failure.
///
/// # Safety
/// [`crate::gc::init`] was called; `tid` is the program's string type.
pub unsafe fn os_read_rpy(tid: u32, fd: i64, n: i64) -> *mut RpyStr {
    if n < 0 {
        raise_os_error(EINVAL);
        return std::ptr::null_mut();
    }
    match os_read(fd as i32, n as usize) {
        Ok(data) => {
            let s = crate::string::str_alloc(tid, data.len() as i64, data.len() as i64);
            if !s.is_null() {
                std::ptr::copy_nonoverlapping(data.as_ptr(), (*s).bytes.as_mut_ptr(), data.len());
            }
            s
        }
        Err(e) => {
            raise_os_error(e);
            std::ptr::null_mut()
        }
    }
}

/// `os.write(fd, s)`: the count written, or -1 with OSError raised.
///
/// # Safety
/// `s` is a valid string; may collect when raising.
pub unsafe fn os_write_rpy(fd: i64, s: *mut RpyStr) -> i64 {
    let bytes = std::slice::from_raw_parts((*s).bytes.as_ptr(), (*s).nbytes as usize);
    match os_write(fd as i32, bytes) {
        Ok(n) => n as i64,
        Err(e) => {
            raise_os_error(e);
            -1
        }
    }
}

/// `os.open(path, flags, mode)`: the fd, or -1 with OSError raised.
///
/// # Safety
/// `path` is a valid string; may collect when raising.
pub unsafe fn os_open_rpy(path: *mut RpyStr, flags: i64, mode: i64) -> i64 {
    let bytes = std::slice::from_raw_parts((*path).bytes.as_ptr(), (*path).nbytes as usize);
    match os_open(bytes, flags as i32, mode as u32) {
        Ok(fd) => fd as i64,
        Err(e) => {
            raise_os_error(e);
            -1
        }
    }
}

/// `os.close(fd)`, raising OSError on failure.
///
/// # Safety
/// May collect when raising.
pub unsafe fn os_close_rpy(fd: i64) {
    if let Err(e) = os_close(fd as i32) {
        raise_os_error(e);
    }
}

/// `os.getenv(name)`: a new string of type `tid`, or null if unset.
///
/// # Safety
/// `name` is a valid string; `tid` is the program's string type.
pub unsafe fn os_getenv_rpy(tid: u32, name: *mut RpyStr) -> *mut RpyStr {
    let bytes = std::slice::from_raw_parts((*name).bytes.as_ptr(), (*name).nbytes as usize);
    match os_getenv(bytes) {
        Some(value) => match std::str::from_utf8(&value) {
            Ok(text) => crate::string::str_from(tid, text),
            Err(_) => crate::string::str_from(tid, &String::from_utf8_lossy(&value)),
        },
        None => std::ptr::null_mut(),
    }
}

/// The bytes of a run-time string as a path.
unsafe fn path_of<'a>(s: *mut RpyStr) -> &'a std::ffi::OsStr {
    use std::os::unix::ffi::OsStrExt;
    let bytes = std::slice::from_raw_parts((*s).bytes.as_ptr(), (*s).nbytes as usize);
    std::ffi::OsStr::from_bytes(bytes)
}

extern "C" {
    fn lseek(fd: i32, offset: i64, whence: i32) -> i64;
    fn isatty(fd: i32) -> i32;
    fn ftruncate(fd: i32, length: i64) -> i32;
}

/// Truncates (or extends) the file of `fd` to `size` bytes.
pub fn os_ftruncate(fd: i32, size: i64) -> Result<(), i32> {
    // SAFETY: ftruncate only changes the file's size.
    if unsafe { ftruncate(fd, size) } == 0 {
        Ok(())
    } else {
        Err(errno_of(&std::io::Error::last_os_error()))
    }
}

/// Moves the offset of `fd` (`whence`: 0 start, 1 current, 2 end); the new
/// offset.
pub fn os_lseek(fd: i32, pos: i64, whence: i32) -> Result<i64, i32> {
    // SAFETY: lseek only changes the descriptor's offset.
    let r = unsafe { lseek(fd, pos, whence) };
    if r < 0 {
        Err(errno_of(&std::io::Error::last_os_error()))
    } else {
        Ok(r)
    }
}

/// `os.lseek(fd, pos, how)`: the new offset, or -1 with OSError raised.
///
/// # Safety
/// May collect when raising.
pub unsafe fn os_lseek_rpy(fd: i64, pos: i64, how: i64) -> i64 {
    let (Ok(fd), Ok(how)) = (i32::try_from(fd), i32::try_from(how)) else {
        raise_os_error(EINVAL);
        return -1;
    };
    let r = lseek(fd, pos, how);
    if r < 0 {
        raise_os_error(errno_of(&std::io::Error::last_os_error()));
        return -1;
    }
    r
}

/// `os.unlink(path)`, raising OSError on failure.
///
/// # Safety
/// `path` is a valid string; may collect when raising.
pub unsafe fn os_unlink_rpy(path: *mut RpyStr) {
    if let Err(e) = std::fs::remove_file(path_of(path)) {
        raise_os_error(errno_of(&e));
    }
}

/// `os.getpid()`.
pub fn os_getpid() -> i64 {
    std::process::id() as i64
}

/// `os.isatty(fd)` (false for an invalid fd).
pub fn os_isatty(fd: i64) -> bool {
    // SAFETY: isatty only inspects the descriptor.
    i32::try_from(fd).is_ok_and(|fd| unsafe { isatty(fd) } == 1)
}

/// `os.path.exists(path)`: whether `stat` succeeds (following links).
///
/// # Safety
/// `path` is a valid string.
pub unsafe fn os_path_exists_rpy(path: *mut RpyStr) -> bool {
    std::fs::metadata(path_of(path)).is_ok()
}

/// `os.path.isfile(path)`.
///
/// # Safety
/// `path` is a valid string.
pub unsafe fn os_path_isfile_rpy(path: *mut RpyStr) -> bool {
    std::fs::metadata(path_of(path)).is_ok_and(|m| m.is_file())
}

/// `os.path.isdir(path)`.
///
/// # Safety
/// `path` is a valid string.
pub unsafe fn os_path_isdir_rpy(path: *mut RpyStr) -> bool {
    std::fs::metadata(path_of(path)).is_ok_and(|m| m.is_dir())
}

// ---------------------------------------------------------------------------
// time

static START: Global<Option<Instant>> = Global::new(None);

fn since_start() -> f64 {
    unsafe {
        let start = *(*START.get()).get_or_insert_with(Instant::now);
        start.elapsed().as_secs_f64()
    }
}

/// `time.time()`: seconds since the Unix epoch.
pub fn time_time() -> f64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_secs_f64(),
        Err(e) => -e.duration().as_secs_f64(),
    }
}

/// `time.perf_counter()`: a monotonic clock in seconds (arbitrary origin).
pub fn time_perf_counter() -> f64 {
    since_start()
}

/// `time.monotonic()`: a monotonic clock in seconds (arbitrary origin).
pub fn time_monotonic() -> f64 {
    since_start()
}

/// `time.sleep(secs)`; a negative or NaN duration raises ValueError.
///
/// # Safety
/// May collect when raising.
pub unsafe fn time_sleep(secs: f64) {
    if secs.is_nan() || secs < 0.0 {
        exc::raise_builtin(Builtin::ValueError, "sleep length must be non-negative");
        return;
    }
    std::thread::sleep(Duration::try_from_secs_f64(secs).unwrap_or(Duration::MAX));
}
