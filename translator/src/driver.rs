//! The translation driver: a task list of named stages with declared
//! dependencies (load → flow → annotate → rtype → source → compile, plus the
//! `--view` side task), run up to the requested goal. Each stage is timed and
//! its peak memory measured; the table is printed at the end when stderr is
//! a terminal or `--timings` is given. Errors are reported here (diagnostics
//! in the chosen message format, then a one-line summary), and
//! [`run_guarded`] turns a panic anywhere in the translator into an
//! "internal error" report with exit code 101.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use frontend::diag::{self, Diagnostic, MessageFormat};
use frontend::eval::Interp;
use frontend::flow::{FlowGraphs, HeapNamer};
use frontend::source::SourceMap;
use frontend::Target;
use indicatif::{ProgressBar, ProgressFinish, ProgressStyle};

use crate::view;

/// Exit status: translated (or stopped at the goal) without errors.
pub const EXIT_OK: i32 = 0;
/// Exit status: the target has errors (reported as diagnostics).
pub const EXIT_ERRORS: i32 = 1;
/// Exit status: bad command line, bad target path, or a goal that needs a
/// stage that does not exist yet.
pub const EXIT_USAGE: i32 = 2;
/// Exit status: the translator itself failed (a bug).
pub const EXIT_INTERNAL: i32 = 101;

/// Stack of the thread running the driver: the compile-time evaluator and
/// the flow graph builder recurse along the user's code.
const DRIVER_STACK: usize = 256 << 20;

/// Where translation stops.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Goal {
    /// `--flow`: build flow graphs and print them.
    Flow,
    /// `--annotate`
    Annotate,
    /// `--rtype`
    Rtype,
    /// `--source`
    Source,
    /// `--llinterp`: run the rtyped program in the low-level graph
    /// interpreter instead of building it.
    LlInterp,
    /// The default: build the executable.
    Compile,
}

impl Goal {
    const ALL: [Goal; 6] = [
        Goal::Flow,
        Goal::Annotate,
        Goal::Rtype,
        Goal::Source,
        Goal::LlInterp,
        Goal::Compile,
    ];

    fn stage(self) -> Stage {
        match self {
            Goal::Flow => Stage::Flow,
            Goal::Annotate => Stage::Annotate,
            Goal::Rtype => Stage::Rtype,
            Goal::Source => Stage::Source,
            Goal::LlInterp => Stage::LlInterp,
            Goal::Compile => Stage::Compile,
        }
    }

    /// How the user asks for this goal.
    fn describe(self) -> &'static str {
        match self {
            Goal::Flow => "--flow",
            Goal::Annotate => "--annotate",
            Goal::Rtype => "--rtype",
            Goal::Source => "--source",
            Goal::LlInterp => "--llinterp",
            Goal::Compile => "build the executable",
        }
    }
}

/// `-O LEVEL`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum OptLevel {
    O0,
    O1,
    O2,
    O3,
    Jit,
    Size,
    Mem,
}

impl OptLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            OptLevel::O0 => "0",
            OptLevel::O1 => "1",
            OptLevel::O2 => "2",
            OptLevel::O3 => "3",
            OptLevel::Jit => "jit",
            OptLevel::Size => "size",
            OptLevel::Mem => "mem",
        }
    }
}

/// Everything the driver needs to know from the command line.
#[derive(Clone, Debug)]
pub struct Config {
    pub target: PathBuf,
    pub target_args: Vec<String>,
    pub goal: Goal,
    pub opt: OptLevel,
    pub message_format: MessageFormat,
    /// `-o`: the executable; `None` for the default name.
    pub output: Option<PathBuf>,
    /// `--emit-dir`: generated artifacts; `None` for the default.
    pub emit_dir: Option<PathBuf>,
    /// `--view`: the HTML page to write.
    pub view: Option<PathBuf>,
    pub timings: bool,
    pub verbose: bool,
    /// Link-time optimization of the executable (off with `--no-lto`).
    pub lto: bool,
    /// `--gc`: the collector the executable uses.
    pub gc: codegen_rs::GcChoice,
    /// Panic at the start of this stage (tests the internal-error report).
    pub debug_panic_at: Option<String>,
    /// `--backendopt`: the backend passes instead of the level's default.
    pub backendopt: Option<Vec<backendopt::Pass>>,
}

/// The driver's stages.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Stage {
    Load,
    Flow,
    View,
    Annotate,
    Rtype,
    /// The JIT generator (`-Ojit`): runs before the source stage.
    Jit,
    Source,
    LlInterp,
    Compile,
}

/// One entry of the task list.
#[derive(Debug)]
pub struct Task {
    pub stage: Stage,
    /// Short name (timing table, `--debug-panic-at`).
    pub name: &'static str,
    /// What it does, in words.
    pub what: &'static str,
    pub deps: &'static [Stage],
    pub implemented: bool,
}

/// The task list, in an order compatible with the dependencies.
pub const TASKS: &[Task] = &[
    Task {
        stage: Stage::Load,
        name: "load",
        what: "loading the target",
        deps: &[],
        implemented: true,
    },
    Task {
        stage: Stage::Flow,
        name: "flow",
        what: "building flow graphs",
        deps: &[Stage::Load],
        implemented: true,
    },
    Task {
        stage: Stage::View,
        name: "view",
        what: "writing the --view page",
        deps: &[Stage::Flow],
        implemented: true,
    },
    Task {
        stage: Stage::Annotate,
        name: "annotate",
        what: "annotating (type inference)",
        deps: &[Stage::Load],
        implemented: true,
    },
    Task {
        stage: Stage::Rtype,
        name: "rtype",
        what: "the RTyper (low-level types and operations)",
        deps: &[Stage::Annotate],
        implemented: true,
    },
    Task {
        stage: Stage::Jit,
        name: "jit",
        what: "the JIT generator (codewriter, tracing JIT, machine-code backend)",
        deps: &[Stage::Rtype],
        implemented: false,
    },
    Task {
        stage: Stage::Source,
        name: "source",
        what: "generating the Rust source",
        deps: &[Stage::Rtype],
        implemented: true,
    },
    Task {
        stage: Stage::LlInterp,
        name: "llinterp",
        what: "running the program in the low-level graph interpreter",
        deps: &[Stage::Rtype],
        implemented: true,
    },
    Task {
        stage: Stage::Compile,
        name: "compile",
        what: "compiling the executable",
        deps: &[Stage::Source],
        implemented: true,
    },
];

fn task(stage: Stage) -> &'static Task {
    TASKS
        .iter()
        .find(|t| t.stage == stage)
        .expect("every stage has a task")
}

/// The tasks to run for `goal` (plus the `--view` task), in order;
/// `jit` (`-Ojit`) adds the JIT generator before the source stage.
pub fn plan(goal: Goal, view: bool, jit: bool) -> Vec<&'static Task> {
    let mut needed = Vec::new();
    let mut todo = vec![goal.stage()];
    if view {
        todo.push(Stage::View);
    }
    while let Some(s) = todo.pop() {
        if !needed.contains(&s) {
            needed.push(s);
            todo.extend_from_slice(task(s).deps);
        }
    }
    if jit && needed.contains(&Stage::Source) {
        needed.push(Stage::Jit);
    }
    TASKS.iter().filter(|t| needed.contains(&t.stage)).collect()
}

/// The furthest goal whose stages all exist.
fn furthest_available_goal() -> Option<Goal> {
    Goal::ALL
        .into_iter()
        .rev()
        .find(|g| plan(*g, false, false).iter().all(|t| t.implemented))
}

/// The message for a goal that needs the missing stage `missing`.
fn not_implemented_message(missing: &Task, goal: Goal) -> String {
    if missing.stage == Stage::Jit {
        return format!(
            "not implemented yet: {} (asked for by -Ojit); translate with -O2 for an executable without a JIT",
            missing.what
        );
    }
    let why = match (missing.stage == goal.stage(), goal) {
        (true, Goal::Compile) => "the default goal: building the executable".to_string(),
        (false, Goal::Compile) => "needed to build the executable, the default goal".to_string(),
        (true, g) => format!("goal {}", g.describe()),
        (false, g) => format!("needed for goal {}", g.describe()),
    };
    let furthest = match furthest_available_goal() {
        Some(g) => format!("; the furthest goal available today is {}", g.describe()),
        None => String::new(),
    };
    format!("not implemented yet: {} ({why}){furthest}", missing.what)
}

/// Why the driver stopped early.
enum Stop {
    /// A usage problem (bad target path): exit 2.
    Usage(Vec<Diagnostic>),
    /// Errors in the user's program: exit 1.
    Errors(Vec<Diagnostic>),
    /// Another failure (I/O): exit 1.
    Failed(String),
    /// The plan needs a stage that does not exist yet: exit 2.
    NotImplemented(&'static Task),
}

/// Time and peak memory of one stage.
#[derive(Clone, Debug)]
pub struct StageTiming {
    pub name: &'static str,
    pub time: Duration,
    /// Peak resident memory in KiB (VmHWM), when known.
    pub peak_kib: Option<u64>,
    pub ok: bool,
}

/// Peak memory measurement through `/proc/self`.
struct MemProbe {
    /// Whether the peak can be reset between stages.
    can_reset: bool,
}

impl MemProbe {
    fn new() -> MemProbe {
        MemProbe {
            can_reset: reset_peak(),
        }
    }
    fn start_stage(&self) {
        if self.can_reset {
            reset_peak();
        }
    }
}

/// Resets the process's peak resident set size to the current one.
fn reset_peak() -> bool {
    std::fs::OpenOptions::new()
        .write(true)
        .open("/proc/self/clear_refs")
        .and_then(|mut f| f.write_all(b"5"))
        .is_ok()
}

/// The process's peak resident set size (VmHWM) in KiB.
fn peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find_map(|l| l.strip_prefix("VmHWM:"))?;
    line.trim().trim_end_matches("kB").trim().parse().ok()
}

fn format_duration(d: Duration) -> String {
    format!("{:.3} s", d.as_secs_f64())
}

fn format_kib(kib: Option<u64>) -> String {
    match kib {
        Some(k) => format!("{:.1} MiB", k as f64 / 1024.0),
        None => "n/a".to_string(),
    }
}

/// The timing table printed at the end.
pub fn format_timings(rows: &[StageTiming], running_peak: bool) -> String {
    let mut lines: Vec<[String; 4]> = vec![[
        "stage".into(),
        "time".into(),
        "peak memory".into(),
        String::new(),
    ]];
    for r in rows {
        let status = if r.ok { String::new() } else { "failed".into() };
        lines.push([
            r.name.into(),
            format_duration(r.time),
            format_kib(r.peak_kib),
            status,
        ]);
    }
    let total: Duration = rows.iter().map(|r| r.time).sum();
    let peak = rows.iter().filter_map(|r| r.peak_kib).max();
    lines.push([
        "total".into(),
        format_duration(total),
        format_kib(peak),
        String::new(),
    ]);
    let w0 = lines.iter().map(|l| l[0].len()).max().unwrap_or(0);
    let w1 = lines.iter().map(|l| l[1].len()).max().unwrap_or(0);
    let w2 = lines.iter().map(|l| l[2].len()).max().unwrap_or(0);
    let mut out = String::new();
    for l in &lines {
        let row = format!("{:<w0$}  {:>w1$}  {:>w2$}  {}", l[0], l[1], l[2], l[3]);
        out.push_str(row.trim_end());
        out.push('\n');
    }
    if running_peak {
        out.push_str("(peak memory is the running peak of the process: /proc/self/clear_refs is not writable)\n");
    }
    out
}

struct Driver {
    cfg: Config,
    target: Option<Target>,
    /// The evaluator of a target that failed to load (for its sources).
    failed_interp: Option<Interp>,
    graphs: Option<FlowGraphs>,
    output: Option<PathBuf>,
    emit_dir: Option<PathBuf>,
    no_sources: SourceMap,
    tty: bool,
    /// The spinner of the running stage.
    progress: ProgressBar,
    /// The low-level program (after the RTyper).
    llprog: Option<rtyper::LlProgram>,
    /// Time spent in the RTyper (which runs inside the annotate stage).
    rtype_time: Option<Duration>,
    /// The generated package (after the source stage).
    build: Option<codegen_rs::build::BuildConfig>,
    /// The exit status of the program run by `--llinterp`.
    program_status: Option<i32>,
}

/// Runs the translation described by `cfg`; returns the exit status.
pub fn run(cfg: Config) -> i32 {
    let tty = std::io::stderr().is_terminal();
    let show_timings = cfg.timings || tty;
    let mut d = Driver {
        cfg,
        target: None,
        failed_interp: None,
        graphs: None,
        output: None,
        emit_dir: None,
        no_sources: SourceMap::default(),
        tty,
        progress: ProgressBar::hidden(),
        llprog: None,
        rtype_time: None,
        build: None,
        program_status: None,
    };
    let plan = plan(d.cfg.goal, d.cfg.view.is_some(), d.cfg.opt == OptLevel::Jit);
    d.note(&format!(
        "translating {}, goal: {}, optimization level {}",
        d.cfg.target.display(),
        d.cfg.goal.describe(),
        d.cfg.opt.as_str()
    ));
    let mem = MemProbe::new();
    let mut timings = Vec::new();
    let mut stop = None;
    for task in plan {
        if !task.implemented {
            stop = Some(Stop::NotImplemented(task));
            break;
        }
        d.progress = d.spinner(task);
        mem.start_stage();
        let start = Instant::now();
        let result = d.run_task(task);
        let mut time = start.elapsed();
        if task.stage == Stage::Rtype {
            time += d.rtype_time.take().unwrap_or_default();
        }
        if task.stage == Stage::Annotate {
            time -= d.rtype_time.unwrap_or_default();
        }
        d.progress.finish_and_clear();
        d.progress = ProgressBar::hidden();
        timings.push(StageTiming {
            name: task.name,
            time,
            peak_kib: peak_kib(),
            ok: result.is_ok(),
        });
        d.note(&format!("{}: {}", task.name, format_duration(time)));
        if let Err(s) = result {
            stop = Some(s);
            break;
        }
    }
    // A bad command line gets no timing table: nothing was translated.
    let usage_error = matches!(stop, Some(Stop::Usage(_)));
    let code = match stop {
        None => d.program_status.unwrap_or(EXIT_OK),
        Some(s) => d.report(s),
    };
    if show_timings && !usage_error && !timings.is_empty() {
        d.print_timings(&timings, !mem.can_reset);
    }
    code
}

impl Driver {
    fn spinner(&self, task: &Task) -> ProgressBar {
        if !self.tty {
            return ProgressBar::hidden();
        }
        let style = ProgressStyle::with_template("{spinner} {msg} {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner());
        let bar = ProgressBar::new_spinner()
            .with_style(style)
            .with_message(format!("{}: {}", task.name, task.what))
            .with_finish(ProgressFinish::AndClear);
        bar.enable_steady_tick(Duration::from_millis(120));
        bar
    }

    fn run_task(&mut self, task: &'static Task) -> Result<(), Stop> {
        if self.cfg.debug_panic_at.as_deref() == Some(task.name) {
            panic!(
                "deliberate panic at the start of stage `{}` (--debug-panic-at)",
                task.name
            );
        }
        match task.stage {
            Stage::Load => self.load(),
            Stage::Flow => self.flow(),
            Stage::View => self.view(),
            Stage::Annotate => self.annotate(),
            // The RTyper runs inside the annotate stage (it needs the
            // annotator, which borrows the evaluator); this stage prints.
            Stage::Rtype => self.print_rtyped(),
            Stage::Jit => {
                unreachable!("the JIT stage is not implemented: the plan stops before it")
            }
            Stage::Source => self.source(),
            Stage::LlInterp => self.llinterp(),
            Stage::Compile => self.compile(),
        }
    }

    /// The backend passes (recursion guards, exception transform, backend
    /// optimizations unless `-O0`/`-O1`, GC transform, each followed by the
    /// verifier) and the Rust package.
    fn source(&mut self) -> Result<(), Stop> {
        let mut p = self.llprog.take().expect("rtyped before the source stage");
        let check = |p: &rtyper::LlProgram, after: &str| {
            rtyper::verify::verify(p).map_err(|e| {
                // Keep the evidence for the bug report.
                let dump = std::env::temp_dir().join("rpython-malformed-graphs.txt");
                let saved = std::fs::write(&dump, rtyper::print::print_program(p)).is_ok();
                let where_ = if saved {
                    format!(" (the program is printed in {})", dump.display())
                } else {
                    String::new()
                };
                Stop::Failed(format!(
                    "internal error: the low-level graphs are malformed after {after}: {e}{where_}"
                ))
            })
        };
        rtyper::stackcheck::insert_stack_checks(&mut p);
        rtyper::exctransform::transform(&mut p);
        check(&p, "the exception transform")?;
        let mut opts =
            backendopt::Options::for_level(!matches!(self.cfg.opt, OptLevel::O0 | OptLevel::O1));
        if let Some(passes) = &self.cfg.backendopt {
            opts.passes = passes.clone();
        }
        backendopt::optimize(&mut p, &opts)
            .map_err(|e| Stop::Failed(format!("internal error: {e}")))?;
        check(&p, "the backend optimizations")?;
        let mut frames = codegen_rs::prepare(&mut p);
        frames.gc = self.cfg.gc;
        check(&p, "the GC transform")?;
        codegen_rs::gctransform::check_roots(&p)
            .map_err(|e| Stop::Failed(format!("internal error: after the GC transform: {e}")))?;
        let sources = &self.target.as_ref().expect("loaded").interp.sources;
        let source = codegen_rs::emit(&p, &frames, &|span| sources.location(span));
        let dir = self.emit_dir.clone().expect("set when loading");
        let name = self.target.as_ref().expect("loaded").name.clone();
        let mut cfg = codegen_rs::build::BuildConfig::new(dir, &name);
        cfg.lto = self.cfg.lto;
        codegen_rs::build::write_crate(&cfg, &source).map_err(Stop::Failed)?;
        self.note(&format!(
            "{} lines of Rust in {} files under {}",
            source.lines(),
            source.files.len(),
            cfg.crate_dir.join("src").display()
        ));
        self.build = Some(cfg);
        Ok(())
    }

    /// Runs the rtyped program in the low-level graph interpreter (with the
    /// recursion guards, before the exception transform); `argv` is the
    /// target then the TARGET-ARGS. An uncaught exception is reported as
    /// the translated program reports it.
    fn llinterp(&mut self) -> Result<(), Stop> {
        let mut p = self.llprog.take().expect("rtyped before running");
        rtyper::stackcheck::insert_stack_checks(&mut p);
        let mut argv = vec![self.cfg.target.display().to_string()];
        argv.extend(self.cfg.target_args.iter().cloned());
        let outcome = self.progress.suspend(|| llinterp::run(&p, &argv));
        self.program_status = Some(outcome.report());
        Ok(())
    }

    /// Compiles the package and writes the executable.
    fn compile(&mut self) -> Result<(), Stop> {
        let cfg = self.build.clone().expect("source before compile");
        let output = self.output.clone().expect("set when loading");
        codegen_rs::build::compile(&cfg, &output).map_err(Stop::Failed)?;
        self.note(&format!("wrote {}", output.display()));
        Ok(())
    }

    fn load(&mut self) -> Result<(), Stop> {
        let arg = &self.cfg.target;
        if let Err(d) = frontend::resolve_target(arg) {
            return Err(Stop::Usage(vec![d]));
        }
        if arg.is_file() && arg.extension().is_none_or(|e| e != "py") {
            let d = Diagnostic::error(None, format!("{} is not a .py file", arg.display()))
                .with_note("a target is a directory containing target.py, or a .py file");
            return Err(Stop::Usage(vec![d]));
        }
        // With `--llinterp`, TARGET-ARGS are the program's arguments.
        let target_args: &[String] = if self.cfg.goal == Goal::LlInterp {
            &[]
        } else {
            &self.cfg.target_args
        };
        match frontend::load_target(arg, target_args) {
            Ok(t) => {
                let exe = t
                    .executable_name
                    .clone()
                    .unwrap_or_else(|| format!("{}-c", t.name));
                let output = self
                    .cfg
                    .output
                    .clone()
                    .unwrap_or_else(|| PathBuf::from(exe));
                let emit_dir = self.cfg.emit_dir.clone().unwrap_or_else(|| {
                    let name = format!("{}-build", t.name);
                    match output.parent().filter(|p| !p.as_os_str().is_empty()) {
                        Some(dir) => dir.join(name),
                        None => PathBuf::from(name),
                    }
                });
                self.note(&format!(
                    "entry point: {}",
                    t.interp.heap.describe(t.entry_point)
                ));
                self.note(&format!("output: {}", output.display()));
                self.note(&format!("artifacts: {}", emit_dir.display()));
                self.output = Some(output);
                self.emit_dir = Some(emit_dir);
                self.target = Some(t);
                Ok(())
            }
            Err((interp, d)) => {
                let usage = interp.is_none();
                self.failed_interp = interp;
                Err(if usage {
                    Stop::Usage(vec![d])
                } else {
                    Stop::Errors(vec![d])
                })
            }
        }
    }

    fn flow(&mut self) -> Result<(), Stop> {
        let target = self.target.as_mut().expect("flow runs after load");
        let (graphs, errors) =
            frontend::flow::build_reachable(&mut target.interp, target.entry_point);
        self.note(&format!("{} flow graphs", graphs.graphs.len()));
        self.graphs = Some(graphs);
        if !errors.is_empty() {
            return Err(Stop::Errors(errors));
        }
        if self.cfg.goal == Goal::Flow {
            let target = self.target.as_ref().expect("loaded");
            let graphs = self.graphs.as_ref().expect("built");
            let namer = HeapNamer(&target.interp);
            let text: Vec<String> = graphs
                .graphs
                .iter()
                .map(|g| flowgraph::print::print_graph(g, &namer))
                .collect();
            let text = text.join("\n");
            let written = self.progress.suspend(|| {
                let mut out = std::io::stdout().lock();
                out.write_all(text.as_bytes()).and_then(|()| out.flush())
            });
            match written {
                Ok(()) => {}
                // `translate --flow ... | head`: the reader has all it wanted.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
                Err(e) => return Err(Stop::Failed(format!("could not write to stdout: {e}"))),
            }
        }
        Ok(())
    }

    /// Runs the annotator from the entry point (it builds the graphs it
    /// reaches); with `-a`, prints the annotated graphs and a summary.
    fn annotate(&mut self) -> Result<(), Stop> {
        let mut target = self.target.take().expect("annotate runs after load");
        let r = self.annotate_target(&mut target);
        self.target = Some(target);
        r
    }

    fn annotate_target(&mut self, target: &mut Target) -> Result<(), Stop> {
        let print = self.cfg.goal == Goal::Annotate;
        let mut result = annotator::annotate(&mut target.interp, target.entry_point);
        let ann = &result.annotator;
        let text = if print && result.errors.is_empty() {
            format!("{}\n{}", ann.print_graphs(), ann.summary())
        } else {
            String::new()
        };
        let ngraphs = ann.graphs.len();
        let errors = std::mem::take(&mut result.errors);
        self.note(&format!("{ngraphs} annotated graphs"));
        if !errors.is_empty() {
            return Err(Stop::Errors(errors));
        }
        if !print {
            let start = Instant::now();
            let entry = result.entry.expect("annotated without errors");
            let rtyped = rtyper::rtype(&mut result.annotator, entry);
            self.rtype_time = Some(start.elapsed());
            match rtyped {
                Ok(p) => {
                    if let Err(e) = rtyper::verify::verify(&p) {
                        return Err(Stop::Failed(format!(
                            "internal error: the low-level graphs are malformed: {e}"
                        )));
                    }
                    self.note(&format!(
                        "{} low-level graphs, {} types",
                        p.graphs.len(),
                        p.types.defs.len()
                    ));
                    self.llprog = Some(p);
                }
                Err(errs) => return Err(Stop::Errors(errs)),
            }
            return Ok(());
        }
        let written = self.progress.suspend(|| {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes()).and_then(|()| out.flush())
        });
        match written {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            Err(e) => return Err(Stop::Failed(format!("could not write to stdout: {e}"))),
        }
        Ok(())
    }

    /// With `-t`, prints the low-level program.
    fn print_rtyped(&mut self) -> Result<(), Stop> {
        if self.cfg.goal != Goal::Rtype {
            return Ok(());
        }
        let p = self.llprog.as_ref().expect("rtyped in the annotate stage");
        let text = rtyper::print::print_program(p);
        let written = self.progress.suspend(|| {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes()).and_then(|()| out.flush())
        });
        match written {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(Stop::Failed(format!("could not write to stdout: {e}"))),
        }
    }

    fn view(&mut self) -> Result<(), Stop> {
        let path = self.cfg.view.clone().expect("view runs only with --view");
        let target = self.target.as_ref().expect("view runs after load");
        let graphs = self.graphs.as_ref().expect("view runs after flow");
        let report = view::write_view(
            &path,
            &target.name,
            &graphs.graphs,
            &HeapNamer(&target.interp),
        )
        .map_err(|e| Stop::Failed(format!("could not write {}: {e}", path.display())))?;
        let how = match &report.dot {
            Some(dot) => format!("{} drawn with {}", report.drawn, dot.display()),
            None => "as text: Graphviz dot is not on PATH".to_string(),
        };
        self.note(&format!(
            "wrote {} ({} graphs, {how})",
            path.display(),
            report.graphs
        ));
        if let Some(err) = &report.dot_error {
            let msg = format!(
                "dot could not draw {} of {} graphs in {} (they are shown as text): {err}",
                report.graphs - report.drawn,
                report.graphs,
                path.display()
            );
            self.progress.suspend(|| self.line("warning", &msg));
        }
        Ok(())
    }

    fn sources(&self) -> &SourceMap {
        if let Some(t) = &self.target {
            &t.interp.sources
        } else if let Some(i) = &self.failed_interp {
            &i.sources
        } else {
            &self.no_sources
        }
    }

    /// Prints a one-line message (`error`, `warning`, `note`) to stderr.
    fn line(&self, severity: &str, msg: &str) {
        match self.cfg.message_format {
            MessageFormat::Human => eprintln!("{severity}: {msg}"),
            MessageFormat::Json => {
                let mut v = diag::to_json(&self.no_sources, &Diagnostic::error(None, msg));
                v["severity"] = severity.into();
                eprintln!("{v}");
            }
        }
    }

    /// A `--verbose` message.
    fn note(&self, msg: &str) {
        if self.cfg.verbose {
            self.progress.suspend(|| self.line("note", msg));
        }
    }

    /// Reports why the driver stopped; returns the exit status.
    fn report(&self, stop: Stop) -> i32 {
        let fmt = self.cfg.message_format;
        match stop {
            Stop::Usage(diags) => {
                diag::emit(self.sources(), &diags, fmt);
                EXIT_USAGE
            }
            Stop::Errors(mut diags) => {
                dedup(&mut diags);
                diag::emit(self.sources(), &diags, fmt);
                let n = diags.len();
                let msg = format!(
                    "could not translate {}: {n} error{}",
                    self.cfg.target.display(),
                    if n == 1 { "" } else { "s" }
                );
                self.line("error", &msg);
                EXIT_ERRORS
            }
            Stop::Failed(msg) => {
                self.line("error", &msg);
                EXIT_ERRORS
            }
            Stop::NotImplemented(task) => {
                self.line("error", &not_implemented_message(task, self.cfg.goal));
                EXIT_USAGE
            }
        }
    }

    fn print_timings(&self, rows: &[StageTiming], running_peak: bool) {
        match self.cfg.message_format {
            MessageFormat::Human => eprint!("{}", format_timings(rows, running_peak)),
            MessageFormat::Json => {
                let stages: Vec<serde_json::Value> = rows
                    .iter()
                    .map(|r| {
                        serde_json::json!({
                            "stage": r.name,
                            "seconds": r.time.as_secs_f64(),
                            "peak_memory_kib": r.peak_kib,
                            "ok": r.ok,
                        })
                    })
                    .collect();
                let v = serde_json::json!({ "timings": stages, "peak_memory_is_running_peak": running_peak });
                eprintln!("{v}");
            }
        }
    }
}

/// Removes repeated diagnostics, keeping the first of each.
fn dedup(diags: &mut Vec<Diagnostic>) {
    let mut kept: Vec<Diagnostic> = Vec::with_capacity(diags.len());
    for d in diags.drain(..) {
        if !kept.contains(&d) {
            kept.push(d);
        }
    }
    *diags = kept;
}

/// The message and location of the first panic, recorded by the hook.
static PANIC_REPORT: Mutex<Option<String>> = Mutex::new(None);

fn backtrace_requested() -> bool {
    std::env::var_os("RUST_BACKTRACE").is_some_and(|v| v != "0")
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic with a non-string payload".to_string()
    }
}

/// Replaces the default panic output with a record of the message (the
/// default output, with its backtrace, stays when RUST_BACKTRACE is set).
fn install_panic_hook() {
    let default = std::panic::take_hook();
    let show_default = backtrace_requested();
    std::panic::set_hook(Box::new(move |info| {
        let msg = panic_message(info.payload());
        let at = info
            .location()
            .map(|l| format!(" at {}:{}:{}", l.file(), l.line(), l.column()))
            .unwrap_or_default();
        if let Ok(mut report) = PANIC_REPORT.lock() {
            report.get_or_insert(format!("{msg}{at}"));
        }
        if show_default {
            default(info);
        }
    }));
}

fn report_internal_error(msg: &str, format: MessageFormat) {
    let note = "this is a bug in the translator, not in your program; please report it \
                with the command line and the target that triggered it";
    let mut d = Diagnostic::error(None, format!("internal error: {msg}")).with_note(note);
    if !backtrace_requested() {
        d = d.with_note("run with RUST_BACKTRACE=1 to get a backtrace");
    }
    match format {
        MessageFormat::Human => {
            eprintln!("{}", d.message);
            for n in &d.notes {
                eprintln!("note: {n}");
            }
        }
        MessageFormat::Json => eprintln!("{}", diag::to_json(&SourceMap::default(), &d)),
    }
}

/// Runs the driver on a thread with a large stack and turns a panic into an
/// internal-error report (exit status 101).
pub fn run_guarded(cfg: Config) -> i32 {
    install_panic_hook();
    let format = cfg.message_format;
    let fallback = cfg.clone();
    let joined = match std::thread::Builder::new()
        .name("translate".into())
        .stack_size(DRIVER_STACK)
        .spawn(move || run(cfg))
    {
        Ok(handle) => handle.join(),
        // No memory for a big stack: run on this thread.
        Err(_) => std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(fallback))),
    };
    match joined {
        Ok(code) => code,
        Err(payload) => {
            let recorded = PANIC_REPORT.lock().ok().and_then(|r| r.clone());
            let msg = recorded.unwrap_or_else(|| panic_message(&*payload));
            report_internal_error(&msg, format);
            EXIT_INTERNAL
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    fn names(tasks: &[&Task]) -> Vec<&'static str> {
        tasks.iter().map(|t| t.name).collect()
    }

    #[test]
    fn plans_follow_dependencies() {
        assert_eq!(names(&plan(Goal::Flow, false, false)), ["load", "flow"]);
        assert_eq!(
            names(&plan(Goal::Flow, true, false)),
            ["load", "flow", "view"]
        );
        assert_eq!(
            names(&plan(Goal::Rtype, true, true)),
            ["load", "flow", "view", "annotate", "rtype"]
        );
        // The annotator builds the graphs it reaches itself.
        assert_eq!(
            names(&plan(Goal::LlInterp, false, true)),
            ["load", "annotate", "rtype", "llinterp"]
        );
        assert_eq!(
            names(&plan(Goal::Compile, false, false)),
            ["load", "annotate", "rtype", "source", "compile"]
        );
        assert_eq!(
            names(&plan(Goal::Compile, false, true)),
            ["load", "annotate", "rtype", "jit", "source", "compile"]
        );
    }

    #[test]
    fn not_implemented_messages() {
        let rtype = task(Stage::Rtype);
        expect!["not implemented yet: the RTyper (low-level types and operations) (goal --rtype); the furthest goal available today is build the executable"]
            .assert_eq(&not_implemented_message(rtype, Goal::Rtype));
        expect!["not implemented yet: the RTyper (low-level types and operations) (needed for goal --source); the furthest goal available today is build the executable"]
            .assert_eq(&not_implemented_message(rtype, Goal::Source));
        expect!["not implemented yet: the RTyper (low-level types and operations) (needed to build the executable, the default goal); the furthest goal available today is build the executable"]
            .assert_eq(&not_implemented_message(rtype, Goal::Compile));
        expect!["not implemented yet: compiling the executable (the default goal: building the executable); the furthest goal available today is build the executable"]
            .assert_eq(&not_implemented_message(task(Stage::Compile), Goal::Compile));
        expect!["not implemented yet: the JIT generator (codewriter, tracing JIT, machine-code backend) (asked for by -Ojit); translate with -O2 for an executable without a JIT"]
            .assert_eq(&not_implemented_message(task(Stage::Jit), Goal::Compile));
    }

    #[test]
    fn timing_table() {
        let rows = [
            StageTiming {
                name: "load",
                time: Duration::from_millis(1234),
                peak_kib: Some(20480),
                ok: true,
            },
            StageTiming {
                name: "flow",
                time: Duration::from_millis(56),
                peak_kib: Some(30000),
                ok: false,
            },
        ];
        expect![[r#"
            stage     time  peak memory
            load   1.234 s     20.0 MiB
            flow   0.056 s     29.3 MiB  failed
            total  1.290 s     29.3 MiB
        "#]]
        .assert_eq(&format_timings(&rows, false));
        assert!(format_timings(&rows[..1], true).contains("running peak"));
    }

    #[test]
    fn reads_peak_memory() {
        if cfg!(target_os = "linux") {
            assert!(peak_kib().is_some_and(|k| k > 0));
        }
    }
}
