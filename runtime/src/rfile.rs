//! `rpython.rlib.rfile` at run time: files opened by `create_file`,
//! `create_fdopen_rfile` and `create_stdio`, with their own read and write
//! buffers.
//!
//! A translated `RFile` is a small GC struct holding a *file id*, an index
//! into the table of this module ([`FILES`]); the buffers live here, outside
//! the moving GC heap. Ids 0, 1, 2 are stdin, stdout and stderr: writes to
//! 1 and 2 go through [`crate::io`]'s stdout buffer and stderr path, so they
//! stay in order with `print`. Buffered writes of every open file are
//! flushed at exit ([`flush_all`], called by [`crate::io::exit_flush`]), as
//! CPython flushes its files at shutdown.
//!
//! Text modes read and write UTF-8 `str` (sizes count code points; bytes
//! that are not UTF-8 raise ValueError, the run time's UnicodeDecodeError,
//! since run-time strings are always valid UTF-8); binary modes use
//! `bytes`. Errors: OSError with CPython's `[Errno N] ...` text, ValueError
//! for a bad mode or an operation on a closed file.

use crate::exc::{self, Builtin};
use crate::io;
use crate::string::{self, str_as_bytes};
use crate::{Global, RpyStr};

const O_WRONLY: i32 = 1;
const O_RDWR: i32 = 2;
const O_CREAT: i32 = 0o100;
const O_TRUNC: i32 = 0o1000;
const O_APPEND: i32 = 0o2000;
const O_CLOEXEC: i32 = 0o2000000;
const EBADF: i32 = 9;
const CHUNK: usize = 1 << 16;

/// Why an operation failed.
#[derive(Debug, PartialEq)]
pub enum Error {
    Os(i32),
    Value(String),
}

impl Error {
    fn closed() -> Error {
        Error::Value("I/O operation on closed file".into())
    }
}

/// One open file.
struct OpenFile {
    fd: i32,
    readable: bool,
    writable: bool,
    closed: bool,
    /// Bytes read ahead of the program: `rbuf[rpos..]` is unread.
    rbuf: Vec<u8>,
    rpos: usize,
    /// Bytes written but not yet given to the OS.
    wbuf: Vec<u8>,
}

impl OpenFile {
    fn new(fd: i32, readable: bool, writable: bool) -> OpenFile {
        OpenFile {
            fd,
            readable,
            writable,
            closed: false,
            rbuf: Vec::new(),
            rpos: 0,
            wbuf: Vec::new(),
        }
    }

    fn check_open(&self) -> Result<(), Error> {
        if self.closed {
            Err(Error::closed())
        } else {
            Ok(())
        }
    }

    /// Gives the written bytes to the OS (stdout/stderr: to `io`).
    fn flush_writes(&mut self) -> Result<(), Error> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.wbuf);
        match self.fd {
            1 => io::stdout_write(&data),
            2 => io::stderr_write(&data),
            fd => {
                let mut done = 0;
                while done < data.len() {
                    done += io::os_write(fd, &data[done..]).map_err(Error::Os)?;
                }
            }
        }
        Ok(())
    }

    /// Forgets read-ahead bytes, moving the OS offset back over them.
    fn drop_read_ahead(&mut self) -> Result<(), Error> {
        let unread = self.rbuf.len() - self.rpos;
        self.rbuf.clear();
        self.rpos = 0;
        if unread > 0 {
            io::os_lseek(self.fd, -(unread as i64), 1).map_err(Error::Os)?;
        }
        Ok(())
    }

    /// Reads one more chunk into the buffer; false at end of file.
    fn fill(&mut self) -> Result<bool, Error> {
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let chunk = io::os_read(self.fd, CHUNK).map_err(Error::Os)?;
        self.rbuf.extend_from_slice(&chunk);
        Ok(!chunk.is_empty())
    }

    fn start_reading(&mut self) -> Result<(), Error> {
        self.check_open()?;
        if !self.readable {
            return Err(Error::Os(EBADF));
        }
        self.flush_writes()
    }

    /// Up to `size` items (bytes, or code points in text mode; all when
    /// negative), stopping after a newline when `line`.
    fn read(&mut self, size: i64, text: bool, line: bool) -> Result<Vec<u8>, Error> {
        self.start_reading()?;
        let mut scanned = self.rpos;
        let mut count: i64 = 0;
        loop {
            // Extend the taken prefix over the buffered bytes.
            while scanned < self.rbuf.len() {
                let b = self.rbuf[scanned];
                let starts_item = !text || b & 0xC0 != 0x80;
                if starts_item {
                    if size >= 0 && count == size {
                        return Ok(self.take(scanned));
                    }
                    count += 1;
                }
                scanned += 1;
                if line && b == b'\n' {
                    // (A newline is one byte: it ends its code point.)
                    return Ok(self.take(scanned));
                }
            }
            let before = self.rpos;
            if !self.fill()? {
                return Ok(self.take(self.rbuf.len()));
            }
            scanned -= before;
        }
    }

    /// Takes `rbuf[rpos..end]`.
    fn take(&mut self, end: usize) -> Vec<u8> {
        let out = self.rbuf[self.rpos..end].to_vec();
        self.rpos = end;
        out
    }

    fn write(&mut self, data: &[u8]) -> Result<(), Error> {
        self.check_open()?;
        if !self.writable {
            return Err(Error::Os(EBADF));
        }
        self.drop_read_ahead()?;
        // (stdout and stderr are not buffered here: `io` orders them with
        // `print`.)
        self.wbuf.extend_from_slice(data);
        if self.wbuf.len() >= CHUNK || self.fd == 1 || self.fd == 2 {
            self.flush_writes()?;
        }
        Ok(())
    }

    fn tell(&mut self) -> Result<i64, Error> {
        self.check_open()?;
        self.flush_writes()?;
        let os = io::os_lseek(self.fd, 0, 1).map_err(Error::Os)?;
        Ok(os - (self.rbuf.len() - self.rpos) as i64)
    }

    fn seek(&mut self, pos: i64, whence: i64) -> Result<(), Error> {
        self.check_open()?;
        if !(0..=2).contains(&whence) {
            return Err(Error::Value(format!(
                "invalid whence ({whence}, should be 0, 1 or 2)"
            )));
        }
        self.flush_writes()?;
        let unread = (self.rbuf.len() - self.rpos) as i64;
        self.rbuf.clear();
        self.rpos = 0;
        let pos = if whence == 1 { pos - unread } else { pos };
        io::os_lseek(self.fd, pos, whence as i32).map_err(Error::Os)?;
        Ok(())
    }

    fn truncate(&mut self, size: i64) -> Result<(), Error> {
        let size = if size < 0 { self.tell()? } else { size };
        self.check_open()?;
        self.flush_writes()?;
        io::os_ftruncate(self.fd, size).map_err(Error::Os)
    }

    fn close(&mut self) -> Result<(), Error> {
        if self.closed {
            return Ok(());
        }
        let flushed = self.flush_writes();
        self.closed = true;
        self.rbuf = Vec::new();
        if self.fd > 2 {
            io::os_close(self.fd).map_err(Error::Os)?;
        }
        flushed
    }
}

/// The open files, indexed by file id (0..3: stdio, created on first use).
static FILES: Global<Vec<OpenFile>> = Global::new(Vec::new());

fn files() -> &'static mut Vec<OpenFile> {
    // SAFETY: the run time is single-threaded (see `Global`); no reference
    // into the table outlives one call of this module.
    let t = unsafe { &mut *FILES.get() };
    if t.is_empty() {
        t.push(OpenFile::new(0, true, false));
        t.push(OpenFile::new(1, false, true));
        t.push(OpenFile::new(2, false, true));
    }
    t
}

fn file(id: i64) -> Result<&'static mut OpenFile, Error> {
    usize::try_from(id)
        .ok()
        .and_then(|i| files().get_mut(i))
        .ok_or(Error::Os(EBADF))
}

/// The `open(2)` flags and (readable, writable) of an rfile mode.
pub fn parse_mode(mode: &str) -> Result<(i32, bool, bool), Error> {
    let base: String = mode.chars().filter(|c| *c != 'b' && *c != 'U').collect();
    let bad = || Error::Value(format!("invalid mode: '{mode}'"));
    if mode.matches('b').count() > 1 {
        return Err(bad());
    }
    let (flags, r, w) = match base.as_str() {
        "r" => (0, true, false),
        "w" => (O_WRONLY | O_CREAT | O_TRUNC, false, true),
        "a" => (O_WRONLY | O_CREAT | O_APPEND, false, true),
        "r+" => (O_RDWR, true, true),
        "w+" => (O_RDWR | O_CREAT | O_TRUNC, true, true),
        "a+" => (O_RDWR | O_CREAT | O_APPEND, true, true),
        _ => return Err(bad()),
    };
    Ok((flags | O_CLOEXEC, r, w))
}

/// Opens `path`; the new file id.
pub fn open(path: &[u8], mode: &str) -> Result<i64, Error> {
    let (flags, r, w) = parse_mode(mode)?;
    let fd = io::os_open(path, flags, 0o666).map_err(Error::Os)?;
    let t = files();
    t.push(OpenFile::new(fd, r, w));
    Ok(t.len() as i64 - 1)
}

/// Wraps the open descriptor `fd`; the new file id.
pub fn fdopen(fd: i64, mode: &str) -> Result<i64, Error> {
    let (_, r, w) = parse_mode(mode)?;
    let fd = i32::try_from(fd).map_err(|_| Error::Os(EBADF))?;
    let t = files();
    t.push(OpenFile::new(fd, r, w));
    Ok(t.len() as i64 - 1)
}

/// `read(size)` / `readline(size)` of file `id`: the bytes (in text mode,
/// `size` counts code points).
pub fn read(id: i64, size: i64, text: bool, line: bool) -> Result<Vec<u8>, Error> {
    file(id)?.read(size, text, line)
}

/// `write(data)` on file `id`.
pub fn write(id: i64, data: &[u8]) -> Result<(), Error> {
    file(id)?.write(data)
}

/// `tell()` of file `id`.
pub fn tell(id: i64) -> Result<i64, Error> {
    file(id)?.tell()
}

/// `seek(pos, whence)` on file `id`.
pub fn seek(id: i64, pos: i64, whence: i64) -> Result<(), Error> {
    file(id)?.seek(pos, whence)
}

/// `close()` of file `id`.
pub fn close(id: i64) -> Result<(), Error> {
    file(id)?.close()
}

/// Flushes the write buffers of every open file (errors ignored, as at
/// exit).
pub fn flush_all() {
    // SAFETY: as in `files`; the table may be empty (never used).
    for f in unsafe { (*FILES.get()).iter_mut() } {
        if !f.closed {
            let _ = f.flush_writes();
        }
    }
}

// ---------------------------------------------------------------------------
// Helpers called by translated code

/// Raises the run-time exception for `e`.
unsafe fn raise(e: Error) {
    match e {
        Error::Os(errno) => io::raise_os_error(errno),
        Error::Value(msg) => exc::raise_builtin(Builtin::ValueError, &msg),
    }
}

/// `create_file(path, mode)`: the file id, or -1 with the exception raised.
///
/// # Safety
/// `path` and `mode` are valid strings. May collect when raising.
pub unsafe fn open_rpy(path: *mut RpyStr, mode: *mut RpyStr) -> i64 {
    let mode = string::str_as_str(mode).to_string();
    match open(str_as_bytes(path), &mode) {
        Ok(id) => id,
        Err(e) => {
            raise(e);
            -1
        }
    }
}

/// `create_fdopen_rfile(fd, mode)`.
///
/// # Safety
/// As for [`open_rpy`].
pub unsafe fn fdopen_rpy(fd: i64, mode: *mut RpyStr) -> i64 {
    let mode = string::str_as_str(mode).to_string();
    match fdopen(fd, &mode) {
        Ok(id) => id,
        Err(e) => {
            raise(e);
            -1
        }
    }
}

/// `read(size)` (`line`: `readline(size)`) as a new `str` (`text`) or
/// `bytes` of type `tid`; null with the exception raised on failure.
///
/// # Safety
/// [`crate::gc::init`] was called; `tid` is the program's string type.
pub unsafe fn read_rpy(tid: u32, id: i64, size: i64, text: bool, line: bool) -> *mut RpyStr {
    let data = match read(id, size, text, line) {
        Ok(d) => d,
        Err(e) => {
            raise(e);
            return std::ptr::null_mut();
        }
    };
    if !text {
        return string::bytes_from(tid, &data);
    }
    match std::str::from_utf8(&data) {
        Ok(s) => string::str_from(tid, s),
        Err(e) => {
            let msg = string::bytes::utf8_error_message(&data, &e);
            exc::raise_builtin(Builtin::ValueError, &msg);
            std::ptr::null_mut()
        }
    }
}

/// `write(data)`.
///
/// # Safety
/// `data` is a valid string. May collect when raising.
pub unsafe fn write_rpy(id: i64, data: *mut RpyStr) {
    if let Err(e) = write(id, str_as_bytes(data)) {
        raise(e);
    }
}

/// `flush()`.
///
/// # Safety
/// May collect when raising.
pub unsafe fn flush_rpy(id: i64) {
    let r = file(id).and_then(|f| {
        f.check_open()?;
        f.flush_writes()?;
        if f.fd == 1 {
            io::stdout_flush();
        }
        Ok(())
    });
    if let Err(e) = r {
        raise(e);
    }
}

/// `close()` (also `__exit__`).
///
/// # Safety
/// May collect when raising.
pub unsafe fn close_rpy(id: i64) {
    if let Err(e) = close(id) {
        raise(e);
    }
}

/// `tell()`, or -1 with the exception raised.
///
/// # Safety
/// May collect when raising.
pub unsafe fn tell_rpy(id: i64) -> i64 {
    match tell(id) {
        Ok(p) => p,
        Err(e) => {
            raise(e);
            -1
        }
    }
}

/// `seek(pos, whence)`.
///
/// # Safety
/// May collect when raising.
pub unsafe fn seek_rpy(id: i64, pos: i64, whence: i64) {
    if let Err(e) = seek(id, pos, whence) {
        raise(e);
    }
}

/// `truncate(size)` (negative: at the current position).
///
/// # Safety
/// May collect when raising.
pub unsafe fn truncate_rpy(id: i64, size: i64) {
    if let Err(e) = file(id).and_then(|f| f.truncate(size)) {
        raise(e);
    }
}

/// `fileno()`, or -1 with the exception raised.
///
/// # Safety
/// May collect when raising.
pub unsafe fn fileno_rpy(id: i64) -> i64 {
    match file(id).and_then(|f| f.check_open().map(|()| f.fd as i64)) {
        Ok(fd) => fd,
        Err(e) => {
            raise(e);
            -1
        }
    }
}

/// streamio's `try_to_find_file_descriptor()`: the descriptor of an open
/// file, -1 for a closed one (never raises).
pub fn find_fd(id: i64) -> i64 {
    match file(id).and_then(|f| f.check_open().map(|()| f.fd as i64)) {
        Ok(fd) => fd,
        Err(_) => -1,
    }
}

/// [`find_fd`] as a helper.
///
/// # Safety
/// None beyond the runtime's lock (it neither raises nor allocates).
pub unsafe fn find_fd_rpy(id: i64) -> i64 {
    find_fd(id)
}

/// `isatty()`.
///
/// # Safety
/// May collect when raising.
pub unsafe fn isatty_rpy(id: i64) -> bool {
    match file(id).and_then(|f| f.check_open().map(|()| f.fd as i64)) {
        Ok(fd) => io::os_isatty(fd),
        Err(e) => {
            raise(e);
            false
        }
    }
}
