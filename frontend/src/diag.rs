//! Diagnostics: located errors for the user, rendered for humans
//! (codespan-reporting: `file:line:col`, the source line and a caret) or as
//! JSON lines for tools.

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::term::{self, termcolor};
use flowgraph::Span;

use crate::source::SourceMap;

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub message: String,
    /// The main location; `None` for errors with no source position
    /// (missing target file...).
    pub span: Option<Span>,
    /// The text under the caret.
    pub label: String,
    /// Secondary locations, e.g. where each side of a conflict came from.
    pub related: Vec<(Span, String)>,
    /// Extra sentences: what to do instead.
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn error(span: Option<Span>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            span,
            label: String::new(),
            related: Vec::new(),
            notes: Vec::new(),
        }
    }
    pub fn at(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(Some(span), message)
    }
    pub fn with_label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = label.into();
        self
    }
    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }
    pub fn with_related(mut self, span: Span, text: impl Into<String>) -> Diagnostic {
        self.related.push((span, text.into()));
        self
    }
    /// A construct the toolchain will support but does not yet.
    pub fn not_supported_yet(span: Span, what: &str) -> Diagnostic {
        Diagnostic::at(span, format!("not supported yet: {what}"))
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MessageFormat {
    Human,
    Json,
}

/// Renders diagnostics as text (no colors, for files and tests).
pub fn render_plain(sources: &SourceMap, diags: &[Diagnostic]) -> String {
    let mut buf = termcolor::Buffer::no_color();
    for d in diags {
        emit_human(sources, d, &mut buf);
    }
    String::from_utf8_lossy(buf.as_slice()).into_owned()
}

fn emit_human(sources: &SourceMap, d: &Diagnostic, out: &mut dyn termcolor::WriteColor) {
    let mut cs = CsDiagnostic::error().with_message(&d.message);
    let mut labels = Vec::new();
    if let Some(span) = d.span {
        labels.push(
            Label::primary(span.file, span.start as usize..span.end as usize)
                .with_message(&d.label),
        );
    }
    for (span, text) in &d.related {
        labels.push(
            Label::secondary(span.file, span.start as usize..span.end as usize).with_message(text),
        );
    }
    cs = cs.with_labels(labels).with_notes(d.notes.clone());
    let config = term::Config::default();
    let _ = term::emit(out, &config, sources, &cs);
}

/// Prints diagnostics to stderr in the requested format.
pub fn emit(sources: &SourceMap, diags: &[Diagnostic], format: MessageFormat) {
    match format {
        MessageFormat::Human => {
            let choice = if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
                termcolor::ColorChoice::Auto
            } else {
                termcolor::ColorChoice::Never
            };
            let mut stderr = termcolor::StandardStream::stderr(choice);
            for d in diags {
                emit_human(sources, d, &mut stderr);
            }
        }
        MessageFormat::Json => {
            for d in diags {
                eprintln!("{}", to_json(sources, d));
            }
        }
    }
}

fn span_json(sources: &SourceMap, span: Span, text: &str) -> serde_json::Value {
    let f = sources.get(span.file);
    let (line, col) = f.line_col(span.start);
    let (end_line, end_col) = f.line_col(span.end);
    serde_json::json!({
        "file": f.display_path, "line": line, "column": col,
        "end_line": end_line, "end_column": end_col, "label": text,
    })
}

pub fn to_json(sources: &SourceMap, d: &Diagnostic) -> serde_json::Value {
    serde_json::json!({
        "severity": "error",
        "message": d.message,
        "primary": d.span.map(|s| span_json(sources, s, &d.label)),
        "related": d.related.iter().map(|(s, t)| span_json(sources, *s, t)).collect::<Vec<_>>(),
        "notes": d.notes,
    })
}
