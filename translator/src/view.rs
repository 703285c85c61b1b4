//! `--view`: an HTML page with one section per flow graph.
//!
//! Each graph is described in Graphviz's dot language ([`graph_to_dot`]: one
//! node per block listing its input arguments and operations, edges labelled
//! with the exit case and the link arguments, the return and except blocks
//! drawn as distinct shapes). When the `dot` program is on PATH the page
//! embeds its SVG rendering inline; otherwise (or if `dot` fails) it shows
//! the text form of [`flowgraph::print::print_graph`]. The dot text and the
//! page are deterministic: the same graphs give the same bytes.

use std::fmt::Write as _;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use flowgraph::print::{constant_repr, print_graph, ConstNamer, GraphNames};
use flowgraph::{BlockId, ExitCase, ExitSwitch, Graph};

/// Longest line kept in a dot label; longer ones are cut (the text form
/// below the picture keeps them whole).
const MAX_LABEL_LINE: usize = 160;
/// How many graphs one `dot` process renders.
const DOT_BATCH: usize = 64;

/// What [`write_view`] did.
#[derive(Debug, Default)]
pub struct ViewReport {
    pub graphs: usize,
    /// How many graphs were drawn by `dot` (the others are shown as text).
    pub drawn: usize,
    /// The `dot` executable used, if one was found.
    pub dot: Option<PathBuf>,
    /// Why some graphs could not be drawn, if `dot` failed.
    pub dot_error: Option<String>,
}

/// Finds the Graphviz `dot` executable on PATH.
pub fn find_dot() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .filter(|dir| !dir.as_os_str().is_empty())
        .map(|dir| dir.join("dot"))
        .find(|p| is_executable(p))
}

fn is_executable(p: &Path) -> bool {
    let Ok(meta) = std::fs::metadata(p) else {
        return false;
    };
    if !meta.is_file() {
        return false;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        meta.permissions().mode() & 0o111 != 0
    }
    #[cfg(not(unix))]
    true
}

/// Renders `graphs` (with `dot` from PATH when available) and writes the
/// page to `path`.
pub fn write_view(
    path: &Path,
    title: &str,
    graphs: &[Graph],
    names: &dyn ConstNamer,
) -> std::io::Result<ViewReport> {
    let (html, report) = render_html(title, graphs, names, find_dot().as_deref());
    std::fs::write(path, html)?;
    Ok(report)
}

/// Builds the HTML page; `dot` is the Graphviz executable to draw with, or
/// `None` for a text-only page.
pub fn render_html(
    title: &str,
    graphs: &[Graph],
    names: &dyn ConstNamer,
    dot: Option<&Path>,
) -> (String, ViewReport) {
    let texts: Vec<String> = graphs.iter().map(|g| print_graph(g, names)).collect();
    let mut report = ViewReport {
        graphs: graphs.len(),
        dot: dot.map(Path::to_path_buf),
        ..ViewReport::default()
    };
    let svgs: Vec<Option<String>> = match dot {
        Some(dot) => {
            let dots: Vec<String> = graphs.iter().map(|g| graph_to_dot(g, names)).collect();
            let (svgs, err) = render_all(dot, &dots);
            report.dot_error = err;
            svgs
        }
        None => vec![None; graphs.len()],
    };
    report.drawn = svgs.iter().filter(|s| s.is_some()).count();

    let mut out = String::new();
    let t = html_escape(title);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>Flow graphs of {t}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
         <h1>Flow graphs of {t}</h1>\n"
    );
    let how = match (&report.dot, report.drawn) {
        (None, _) => {
            "Graphviz <code>dot</code> was not found on PATH, so the graphs are shown as text; \
                      install Graphviz to get drawings."
                .to_string()
        }
        (Some(_), n) if n == graphs.len() => "Drawn with Graphviz <code>dot</code>.".to_string(),
        (Some(_), n) => format!(
            "Graphviz <code>dot</code> drew {n} of {} graphs; the others are shown as text ({}).",
            graphs.len(),
            html_escape(report.dot_error.as_deref().unwrap_or("dot failed"))
        ),
    };
    let _ = writeln!(
        out,
        "<p>{} graph{}, in the order they were built. {how}</p>",
        graphs.len(),
        if graphs.len() == 1 { "" } else { "s" }
    );
    out.push_str("<nav>\n<ol>\n");
    for (i, g) in graphs.iter().enumerate() {
        let _ = writeln!(
            out,
            "<li><a href=\"#g{i}\"><code>{}</code></a> <span class=\"loc\">{}</span></li>",
            html_escape(&g.name),
            html_escape(&names.location(g.span))
        );
    }
    out.push_str("</ol>\n</nav>\n");
    for (i, g) in graphs.iter().enumerate() {
        let _ = write!(
            out,
            "<section id=\"g{i}\">\n<h2><code>{}</code></h2>\n<p class=\"loc\">defined at {}</p>\n",
            html_escape(&g.name),
            html_escape(&names.location(g.span))
        );
        match &svgs[i] {
            Some(svg) => {
                let _ = write!(
                    out,
                    "<div class=\"svg\">\n{}\n</div>\n<details><summary>text form</summary>\n<pre>{}</pre>\n</details>\n",
                    svg.trim_end(),
                    html_escape(&texts[i])
                );
            }
            None => {
                let _ = write!(out, "<pre>{}</pre>\n", html_escape(&texts[i]));
            }
        }
        out.push_str("</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    (out, report)
}

const STYLE: &str = "\
body { font-family: sans-serif; margin: 1em 2em; }
code, pre { font-family: monospace; }
pre { background: #f6f6f6; padding: 0.5em; overflow-x: auto; }
section { border-top: 1px solid #ccc; margin-top: 1.5em; }
.loc { color: #666; font-size: smaller; }
.svg svg { max-width: 100%; height: auto; }
";

/// Renders each dot text to SVG, a batch of graphs per `dot` process;
/// a batch that fails is retried graph by graph. Returns the SVG of each
/// graph (`None` where `dot` failed) and the first error.
fn render_all(dot: &Path, dots: &[String]) -> (Vec<Option<String>>, Option<String>) {
    let mut svgs = Vec::with_capacity(dots.len());
    let mut first_error = None;
    for chunk in dots.chunks(DOT_BATCH) {
        let input: String = chunk.concat();
        match run_dot(dot, &input).map(|out| split_svgs(&out)) {
            Ok(parts) if parts.len() == chunk.len() => svgs.extend(parts.into_iter().map(Some)),
            batch => {
                if chunk.len() == 1 {
                    let err = match batch {
                        Err(e) => e,
                        Ok(parts) => format!("dot produced {} drawings for 1 graph", parts.len()),
                    };
                    first_error.get_or_insert(err);
                    svgs.push(None);
                    continue;
                }
                for one in chunk {
                    match run_dot(dot, one).map(|out| split_svgs(&out)) {
                        Ok(mut parts) if parts.len() == 1 => svgs.push(parts.pop()),
                        Ok(parts) => {
                            first_error.get_or_insert(format!(
                                "dot produced {} drawings for 1 graph",
                                parts.len()
                            ));
                            svgs.push(None);
                        }
                        Err(e) => {
                            first_error.get_or_insert(e);
                            svgs.push(None);
                        }
                    }
                }
            }
        }
    }
    (svgs, first_error)
}

/// Runs `dot -Tsvg` on `input`, returning its standard output.
fn run_dot(dot: &Path, input: &str) -> Result<String, String> {
    let mut child = Command::new(dot)
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not run {}: {e}", dot.display()))?;
    // Feed stdin from another thread: dot starts writing the first drawing
    // before it has read the whole input, so writing everything first could
    // deadlock on full pipes.
    let mut stdin = child.stdin.take().expect("piped stdin");
    let input = input.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let mut out_pipe = child.stdout.take().expect("piped stdout");
    let mut err_pipe = child.stderr.take().expect("piped stderr");
    let err_reader = std::thread::spawn(move || {
        let _ = err_pipe.read_to_end(&mut stderr);
        stderr
    });
    let _ = out_pipe.read_to_end(&mut stdout);
    let stderr = err_reader.join().unwrap_or_default();
    let wrote = writer.join();
    let status = child
        .wait()
        .map_err(|e| format!("could not run {}: {e}", dot.display()))?;
    if !status.success() {
        let msg = String::from_utf8_lossy(&stderr);
        let first = msg.lines().next().unwrap_or("").trim();
        return Err(format!("dot exited with {status}: {first}"));
    }
    if let Ok(Err(e)) = wrote {
        return Err(format!("could not write to dot: {e}"));
    }
    String::from_utf8(stdout).map_err(|_| "dot wrote invalid UTF-8".to_string())
}

/// The `<svg>...</svg>` elements of dot's output, without the XML prologue
/// and doctype that precede each drawing.
fn split_svgs(out: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut rest = out;
    while let Some(start) = rest.find("<svg") {
        let Some(len) = rest[start..].find("</svg>") else {
            break;
        };
        let end = start + len + "</svg>".len();
        parts.push(rest[start..end].to_string());
        rest = &rest[end..];
    }
    parts
}

/// Escapes text for HTML element content and attribute values.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes one line for a dot double-quoted string, cutting it if long.
fn dot_line(s: &str) -> String {
    let cut: String = if s.chars().count() > MAX_LABEL_LINE {
        s.chars()
            .take(MAX_LABEL_LINE - 3)
            .chain("...".chars())
            .collect()
    } else {
        s.to_string()
    };
    let mut out = String::with_capacity(cut.len());
    for c in cut.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Lines of a node label, left-aligned (`\l` ends each line in dot).
fn dot_label(lines: &[String]) -> String {
    lines
        .iter()
        .map(|l| format!("{}\\l", dot_line(l)))
        .collect()
}

/// The dot description of one graph (deterministic).
pub fn graph_to_dot(graph: &Graph, names: &dyn ConstNamer) -> String {
    let reachable = graph.reachable_blocks();
    let order: Vec<BlockId> = reachable
        .iter()
        .copied()
        .filter(|b| *b != graph.return_block && *b != graph.except_block)
        .collect();
    let mut n = GraphNames::new(graph);
    let params = n.vars(graph.params());
    let title = format!(
        "{}({})  # {}",
        graph.name,
        params,
        names.location(graph.span)
    );

    let mut out = String::new();
    let _ = writeln!(out, "digraph \"{}\" {{", dot_line(&graph.name));
    let _ = writeln!(
        out,
        "  graph [label=\"{}\", labelloc=t, fontname=\"monospace\", fontsize=12];",
        dot_line(&title)
    );
    out.push_str("  node [shape=box, fontname=\"monospace\", fontsize=10];\n");
    out.push_str("  edge [fontname=\"monospace\", fontsize=9];\n");

    let mut edges = String::new();
    for &b in &order {
        let block = graph.block(b);
        let mut lines = vec![format!("{}({}):", n.block(b), n.vars(&block.inputargs))];
        for op in &block.ops {
            let args = n.values(&op.args, names);
            let res = n.var(op.result);
            lines.push(format!("  {res} = {}({args})", op.name));
        }
        let switched = match block.switch() {
            ExitSwitch::None => false,
            ExitSwitch::Value(v) => {
                let v = n.value(v, names);
                lines.push(format!("  switch {v}"));
                true
            }
            ExitSwitch::LastException => {
                lines.push("  switch last_exception".into());
                true
            }
        };
        let style = if b == graph.start {
            ", penwidth=2, style=filled, fillcolor=\"#e8eefc\""
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  \"{}\" [label=\"{}\"{style}];",
            n.block(b),
            dot_label(&lines)
        );

        for link in &block.exits {
            let (case, exceptional) = match &link.exitcase {
                ExitCase::Default if switched => ("ok".to_string(), false),
                ExitCase::Default => (String::new(), false),
                ExitCase::Const(c) => (constant_repr(c, names), false),
                ExitCase::Exception(c) => (constant_repr(c, names), true),
            };
            let extra = match link.exc_vars {
                Some((t, v)) => format!(" [{}, {}]", n.var(t), n.var(v)),
                None => String::new(),
            };
            let args = n.values(&link.args, names);
            let mut label = Vec::new();
            if !case.is_empty() || !extra.is_empty() {
                label.push(format!("{case}{extra}").trim_start().to_string());
            }
            if label.is_empty() || !link.args.is_empty() {
                label.push(format!("({args})"));
            }
            let label: Vec<String> = label.iter().map(|l| dot_line(l)).collect();
            let style = if exceptional {
                ", style=dashed, color=\"#c03030\", fontcolor=\"#c03030\""
            } else {
                ""
            };
            let _ = writeln!(
                edges,
                "  \"{}\" -> \"{}\" [label=\"{}\"{style}];",
                n.block(b),
                n.block(link.target),
                label.join("\\n")
            );
        }
    }
    // The return and except blocks, when something reaches them.
    for &b in &reachable {
        let block = graph.block(b);
        if b == graph.return_block {
            let label = format!("return({})", n.vars(&block.inputargs));
            let _ = writeln!(
                out,
                "  \"return\" [label=\"{}\", shape=oval, style=filled, fillcolor=\"#d8f0d8\"];",
                dot_line(&label)
            );
        } else if b == graph.except_block {
            let label = format!("except({})", n.vars(&block.inputargs));
            let _ = writeln!(
                out,
                "  \"except\" [label=\"{}\", shape=octagon, style=filled, fillcolor=\"#f8d8d8\"];",
                dot_line(&label)
            );
        }
    }
    out.push_str(&edges);
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;
    use flowgraph::Value;
    use flowgraph::{Constant, FileId, Link, ObjRef, Op, OpName, Span};

    struct TestNamer;
    impl ConstNamer for TestNamer {
        fn obj_name(&self, obj: ObjRef) -> String {
            format!("<obj {}>", obj.0)
        }
        fn location(&self, span: Span) -> String {
            format!("t.py:{}", span.start)
        }
    }

    fn span(n: u32) -> Span {
        Span {
            file: FileId(0),
            start: n,
            end: n + 1,
        }
    }

    /// `def f(x): if x: return x + 1 else: raise <obj 7>(x)` (roughly).
    fn sample() -> Graph {
        let mut g = Graph::new("m.f".into(), span(1), &["x".into()]);
        let x = g.params()[0];
        let x1 = g.new_var(Some("x".into()));
        let then = g.new_block(vec![x1]);
        let sum = g.new_var(None);
        g.block_mut(then).ops.push(Op {
            name: op_name("add"),
            args: vec![Value::Var(x1), Value::Const(Constant::Int(1))],
            result: sum,
            span: span(3),
        });
        let ret = g.return_block;
        g.block_mut(then).exits.push(Link {
            args: vec![Value::Var(sum)],
            target: ret,
            exitcase: ExitCase::Default,
            exc_vars: None,
            spans: vec![],
        });
        let start = g.start;
        let exc = g.except_block;
        let b = g.block_mut(start);
        b.exitswitch = Some(ExitSwitch::Value(Value::Var(x)));
        b.exits.push(Link {
            args: vec![Value::Var(x)],
            target: then,
            exitcase: ExitCase::Const(Constant::Bool(true)),
            exc_vars: None,
            spans: vec![],
        });
        b.exits.push(Link {
            args: vec![
                Value::Const(Constant::Obj(ObjRef(7))),
                Value::Const(Constant::Str("a \"quoted\" <msg>".into())),
            ],
            target: exc,
            exitcase: ExitCase::Const(Constant::Bool(false)),
            exc_vars: None,
            spans: vec![],
        });
        g
    }

    fn op_name(name: &str) -> OpName {
        OpName::from_name(name).unwrap_or_else(|| panic!("unknown op {name}"))
    }

    #[test]
    fn dot_text() {
        expect![[r##"
            digraph "m.f" {
              graph [label="m.f(x_0)  # t.py:1", labelloc=t, fontname="monospace", fontsize=12];
              node [shape=box, fontname="monospace", fontsize=10];
              edge [fontname="monospace", fontsize=9];
              "block0" [label="block0(x_0):\l  switch x_0\l", penwidth=2, style=filled, fillcolor="#e8eefc"];
              "block1" [label="block1(x_1):\l  v0 = add(x_1, 1)\l"];
              "return" [label="return(v1)", shape=oval, style=filled, fillcolor="#d8f0d8"];
              "except" [label="except(etype_0, evalue_0)", shape=octagon, style=filled, fillcolor="#f8d8d8"];
              "block0" -> "block1" [label="True\n(x_0)"];
              "block0" -> "except" [label="False\n(<obj 7>, 'a \"quoted\" <msg>')"];
              "block1" -> "return" [label="(v0)"];
            }
        "##]]
        .assert_eq(&graph_to_dot(&sample(), &TestNamer));
    }

    #[test]
    fn text_page_escapes_html() {
        let (html, report) = render_html("t<1>", &[sample()], &TestNamer, None);
        assert_eq!(report.drawn, 0);
        assert!(
            html.contains("<title>Flow graphs of t&lt;1&gt;</title>"),
            "{html}"
        );
        assert!(html.contains("<h2><code>m.f</code></h2>"), "{html}");
        assert!(
            html.contains("&lt;obj 7&gt;, &#39;a &quot;quoted&quot; &lt;msg&gt;&#39;"),
            "{html}"
        );
        assert!(!html.contains("<svg"));
    }

    #[test]
    fn splits_concatenated_svg_documents() {
        let out = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg a=\"1\"><g/></svg>\n<?xml?>\n<svg b=\"2\">x</svg>\n";
        assert_eq!(
            split_svgs(out),
            ["<svg a=\"1\"><g/></svg>", "<svg b=\"2\">x</svg>"]
        );
    }
}
