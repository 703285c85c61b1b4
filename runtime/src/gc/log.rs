//! GC logging and statistics, PyPy's `PYPYLOG` style.
//!
//! `PYPYLOG=gc:FILE` (FILE `-` is stderr) writes one section per
//! collection while the program runs and a summary when it exits;
//! `PYPYLOG=gc-summary:FILE` writes only the summary. Several categories
//! may be given comma-separated (`PYPYLOG=gc-summary,other:FILE`); the
//! ones that are not the GC's are ignored. A section looks like PyPy's:
//!
//! ```text
//! [1f3a2c4d] {gc-minor
//! gc-minor: 4194304 bytes in the nursery, old generation 1048576 -> 1169000 bytes, pause 0.081 ms
//! [1f3a4e10] gc-minor}
//! ```
//!
//! where the bracketed number is a monotonic timestamp in nanoseconds (hex)
//! since the GC was initialised. The collectors call [`begin`] and
//! [`end_minor`] / [`end_major`] / [`end_semispace`] around each
//! collection: when logging is off these cost one branch (no clock read).
//!
//! What holds: the log is written outside the collection's critical part
//! (after the heap is consistent again) and never allocates in the GC heap.

use std::io::Write;
use std::time::{Duration, Instant};

use crate::Global;

/// Where the log goes and what it records.
struct Log {
    out: Box<dyn Write>,
    /// Every collection, not only the summary.
    sections: bool,
    started: Instant,
    minor: Totals,
    major: Totals,
    semispace: Totals,
    /// Largest heap size seen after a collection.
    peak_heap: usize,
}

/// Count and pause times of one kind of collection.
#[derive(Default)]
struct Totals {
    count: u64,
    total: Duration,
    max: Duration,
}

impl Totals {
    fn add(&mut self, pause: Duration) {
        self.count += 1;
        self.total += pause;
        self.max = self.max.max(pause);
    }
}

static LOG: Global<Option<Log>> = Global::new(None);

fn log() -> Option<&'static mut Log> {
    unsafe { (*LOG.get()).as_mut() }
}

/// Reads `PYPYLOG` (called by `gc::init`): turns logging on when it names
/// the `gc` or `gc-summary` category; a file that cannot be created is
/// reported once on stderr and logging stays off.
pub(crate) fn init_from_env() {
    let spec = std::env::var("PYPYLOG").ok();
    unsafe { *LOG.get() = spec.as_deref().and_then(parse) };
}

/// Turns logging off and drops the sink (flushing it).
pub(crate) fn reset() {
    unsafe {
        if let Some(mut l) = (*LOG.get()).take() {
            let _ = l.out.flush();
        }
    }
}

/// The log described by a `PYPYLOG` value, if it asks for GC logging.
fn parse(spec: &str) -> Option<Log> {
    let (cats, path) = spec.rsplit_once(':')?;
    let mut sections = false;
    let mut summary = false;
    for cat in cats.split(',') {
        match cat.trim() {
            "gc" | "gc-collect" => sections = true,
            "gc-summary" => summary = true,
            _ => {}
        }
    }
    if !sections && !summary {
        return None;
    }
    let out: Box<dyn Write> = if path == "-" {
        Box::new(std::io::stderr())
    } else {
        match std::fs::File::create(path) {
            Ok(f) => Box::new(std::io::BufWriter::new(f)),
            Err(e) => {
                eprintln!("PYPYLOG: cannot write {path}: {e}");
                return None;
            }
        }
    };
    Some(Log {
        out,
        sections,
        started: Instant::now(),
        minor: Totals::default(),
        major: Totals::default(),
        semispace: Totals::default(),
        peak_heap: 0,
    })
}

/// The start of a collection: `None` when logging is off.
#[inline]
pub(crate) fn begin() -> Option<Instant> {
    log().map(|_| Instant::now())
}

/// A minor collection that started at `t` ended: `nursery` bytes were in
/// use; the old generation (which also holds the young large objects) went
/// from `old_before` to `old_after` bytes; `heap` is the heap size now.
pub(crate) fn end_minor(
    t: Option<Instant>,
    nursery: usize,
    old_before: usize,
    old_after: usize,
    heap: usize,
) {
    let (Some(t), Some(l)) = (t, log()) else {
        return;
    };
    let pause = t.elapsed();
    l.minor.add(pause);
    l.section(t, "gc-minor", || {
        format!(
            "{nursery} bytes in the nursery, old generation {old_before} -> {old_after} bytes, pause {}",
            ms(pause)
        )
    });
    l.peak_heap = l.peak_heap.max(heap);
}

/// A major collection that started at `t` ended: the old generation went
/// from `before` to `live` bytes.
pub(crate) fn end_major(t: Option<Instant>, before: usize, live: usize, next: usize) {
    let (Some(t), Some(l)) = (t, log()) else {
        return;
    };
    let pause = t.elapsed();
    l.major.add(pause);
    l.section(t, "gc-collect-done", || {
        format!(
            "old generation {before} -> {live} bytes ({} freed), next major collection at {next} bytes, pause {}",
            before - live,
            ms(pause)
        )
    });
    l.peak_heap = l.peak_heap.max(before);
}

/// A semispace collection that started at `t` ended: `used` bytes were in
/// the space, `live` were copied, into a space of `space` bytes.
pub(crate) fn end_semispace(t: Option<Instant>, used: usize, live: usize, space: usize) {
    let (Some(t), Some(l)) = (t, log()) else {
        return;
    };
    let pause = t.elapsed();
    l.semispace.add(pause);
    l.section(t, "gc-semispace", || {
        format!(
            "{used} bytes in use, {live} survived, space {space} bytes, pause {}",
            ms(pause)
        )
    });
    l.peak_heap = l.peak_heap.max(space);
}

/// Writes the summary (if logging is on) and flushes the log; called when
/// the program exits.
pub fn at_exit() {
    let Some(l) = log() else { return };
    let stats = super::stats();
    let mut text = String::new();
    let kind = super::kind().name();
    text.push_str(&format!(
        "gc-summary: collector {kind}, run time {}\n",
        ms(l.started.elapsed())
    ));
    for (name, t) in [
        ("minor", &l.minor),
        ("major", &l.major),
        ("semispace", &l.semispace),
    ] {
        if t.count > 0 {
            text.push_str(&format!(
                "gc-summary: {} {name} collections, total pause {}, longest {}\n",
                t.count,
                ms(t.total),
                ms(t.max)
            ));
        }
    }
    text.push_str(&format!(
        "gc-summary: {} bytes allocated, peak heap {} bytes, heap at exit {} bytes\n",
        stats.bytes_allocated,
        l.peak_heap.max(stats.heap_size),
        stats.heap_size
    ));
    let _ = l.out.write_all(text.as_bytes());
    let _ = l.out.flush();
}

impl Log {
    /// Writes `{name` … `name}` around the line `body` makes.
    fn section(&mut self, t: Instant, name: &str, body: impl FnOnce() -> String) {
        if !self.sections {
            return;
        }
        let start = t.duration_since(self.started).as_nanos();
        let end = self.started.elapsed().as_nanos();
        let text = format!(
            "[{start:x}] {{{name}\n{name}: {}\n[{end:x}] {name}}}\n",
            body()
        );
        let _ = self.out.write_all(text.as_bytes());
    }
}

/// A duration in milliseconds with three decimals.
fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn pypylog_categories() {
        assert!(parse("gc:-").is_some_and(|l| l.sections));
        assert!(parse("gc-summary:-").is_some_and(|l| !l.sections));
        assert!(parse("jit,gc-summary:-").is_some());
        assert!(parse("jit-log-opt:-").is_none());
        assert!(parse("gc").is_none());
    }
}
