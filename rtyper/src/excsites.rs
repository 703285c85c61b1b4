//! Source locations of raise sites, for the uncaught-exception report.
//!
//! The exception transform numbers every place where an exception starts
//! leaving a frame (a `raise` statement, an operation whose exception
//! propagates out of the graph) with [`Sites::id`]: the index of a
//! [`RaiseSite`] (`File "<path>", line <n>, in <func>` and the stripped
//! source line) in `LlProgram::raise_sites`, deduplicated. Codegen emits the
//! table; the runtime keeps the index of the innermost frame.

use flowgraph::Span;
use indexmap::IndexMap;

use crate::program::{RaiseSite, SourceText};

/// The table being built, and the line starts of the files seen so far.
pub struct Sites<'a> {
    files: &'a [SourceText],
    line_starts: Vec<Option<Vec<u32>>>,
    table: IndexMap<RaiseSite, usize>,
}

impl<'a> Sites<'a> {
    /// Starts from the program's current table.
    pub fn new(files: &'a [SourceText], existing: &[RaiseSite]) -> Sites<'a> {
        Sites {
            files,
            line_starts: vec![None; files.len()],
            table: existing
                .iter()
                .enumerate()
                .map(|(i, s)| (s.clone(), i))
                .collect(),
        }
    }

    /// The table, in id order.
    pub fn finish(self) -> Vec<RaiseSite> {
        self.table.into_keys().collect()
    }

    /// The id of the site at `span` inside the function defined at `func`
    /// (`fallback` names it when its source is unknown); -1 when the
    /// source of `span` is unknown.
    pub fn id(&mut self, span: Option<Span>, func: Option<Span>, fallback: &str) -> i64 {
        let Some(span) = span else { return -1 };
        let Some((path, line, source)) = self.line(span.file.index(), span.start) else {
            return -1;
        };
        let func = func
            .and_then(|f| self.function_name(f))
            .unwrap_or_else(|| fallback.to_string());
        let site = RaiseSite {
            path,
            line,
            func,
            source,
        };
        let next = self.table.len();
        *self.table.entry(site).or_insert(next) as i64
    }

    /// The path, 1-based line number and stripped text of the line holding
    /// byte `offset` of file `file`.
    fn line(&mut self, file: usize, offset: u32) -> Option<(String, u32, String)> {
        let f = self.files.get(file)?;
        let starts = self.line_starts[file].get_or_insert_with(|| {
            std::iter::once(0)
                .chain(
                    f.text
                        .bytes()
                        .enumerate()
                        .filter(|(_, b)| *b == b'\n')
                        .map(|(i, _)| i as u32 + 1),
                )
                .collect()
        });
        let idx = match starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.checked_sub(1)?,
        };
        let start = starts[idx] as usize;
        let end = starts.get(idx + 1).map_or(f.text.len(), |e| *e as usize);
        let text = f.text.get(start..end)?.trim().to_string();
        Some((f.path.clone(), idx as u32 + 1, text))
    }

    /// The name of the function whose definition starts at `def` (after
    /// its decorators): Python's `co_name`.
    fn function_name(&mut self, def: Span) -> Option<String> {
        let f = self.files.get(def.file.index())?;
        let rest = f.text.get(def.start as usize..)?;
        let line = rest
            .lines()
            .map(str::trim_start)
            .find(|l| !l.starts_with('@'))?;
        let line = line.strip_prefix("async").map_or(line, str::trim_start);
        let name = line.strip_prefix("def")?;
        if !name.starts_with(char::is_whitespace) {
            return None;
        }
        let name: String = name
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        (!name.is_empty()).then_some(name)
    }
}
