//! The command line of `translate`: clap definitions, and their conversion
//! into the driver's [`Config`].
//!
//! Clap itself reports malformed command lines (unknown flags, a missing
//! TARGET, a bad `-O` level) with exit code 2.

use std::path::PathBuf;

use clap::{ArgGroup, Parser, ValueEnum};

use crate::driver::{Config, Goal, OptLevel};

const AFTER_HELP: &str = "\
Goals: translation stops after the stage a goal names; without one it runs to
the end and builds the executable.

Exit status: 0 success, 1 the target could not be translated (diagnostics on
stderr), 2 usage error or a stage that is not implemented yet, 101 internal
error of the translator.

Examples:
  translate targets/bf --flow          print the flow graphs of the bf target
  translate targets/bf --view bf.html  write them as an HTML page
  translate targets/pyinterp           build pypy-c (-Ojit, a JIT: not yet)
  translate --llinterp prog.py -- 10   run prog.py (argv: prog.py 10) without compiling";

#[derive(Parser, Debug)]
#[command(
    name = "translate",
    version,
    about = "Translate an interpreter written in RPython-3 into a native executable",
    after_help = AFTER_HELP,
    group(ArgGroup::new("goal").multiple(false)),
)]
pub struct Cli {
    /// The target: a directory containing target.py, or a .py file
    #[arg(value_name = "TARGET")]
    pub target: PathBuf,

    /// Arguments passed to the target's `target(driver, args)` function
    /// (with --llinterp: the program's arguments, after argv[0])
    #[arg(last = true, value_name = "TARGET-ARGS")]
    pub target_args: Vec<String>,

    /// Stop after building flow graphs and print them to stdout
    #[arg(long, group = "goal", help_heading = "Goals")]
    pub flow: bool,

    /// Stop after type inference (the annotator)
    #[arg(short = 'a', long, group = "goal", help_heading = "Goals")]
    pub annotate: bool,

    /// Stop after converting to low-level types (the RTyper)
    #[arg(short = 't', long, group = "goal", help_heading = "Goals")]
    pub rtype: bool,

    /// Stop after generating the Rust source of the executable
    #[arg(short = 's', long, group = "goal", help_heading = "Goals")]
    pub source: bool,

    /// Run the program in the low-level graph interpreter instead of building it
    #[arg(long, group = "goal", help_heading = "Goals")]
    pub llinterp: bool,

    /// Optimization level (jit: also build a tracing JIT compiler)
    #[arg(
        short = 'O',
        long = "opt",
        value_name = "LEVEL",
        value_enum,
        default_value = "2"
    )]
    pub opt: CliOptLevel,

    /// Where the executable goes [default: <EXECUTABLE_NAME or TARGET-c> in the current directory]
    #[arg(short = 'o', long, value_name = "PATH")]
    pub output: Option<PathBuf>,

    /// Where generated artifacts go [default: <target name>-build next to the output]
    #[arg(long, value_name = "DIR")]
    pub emit_dir: Option<PathBuf>,

    /// Write the flow graphs to an HTML page (SVG when Graphviz `dot` is on PATH)
    #[arg(long, value_name = "FILE.html")]
    pub view: Option<PathBuf>,

    /// How diagnostics are printed on stderr
    #[arg(long, value_name = "FORMAT", value_enum, default_value = "human")]
    pub message_format: CliMessageFormat,

    /// The executable's garbage collector (RPY_GC=... overrides it at run time)
    #[arg(long, value_name = "GC", value_enum, default_value = "generational")]
    pub gc: CliGc,

    /// Build without link-time optimization: a much faster build of a
    /// somewhat slower executable (the corpus tests use it)
    #[arg(long)]
    pub no_lto: bool,

    /// Backend optimization passes to run, in order, comma-separated [default at -O2: inline,constfold,mallocremoval,loads,zerostores,constfold,switches; empty: none]
    #[arg(long, value_name = "PASSES", value_parser = parse_passes)]
    pub backendopt: Option<PassList>,

    /// Print the time and peak memory of each stage (always on a terminal)
    #[arg(long)]
    pub timings: bool,

    /// Print what the driver does
    #[arg(short = 'v', long)]
    pub verbose: bool,

    /// Panic at the start of the named stage (tests the internal-error report)
    #[arg(long, value_name = "STAGE", hide = true)]
    pub debug_panic_at: Option<String>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum CliOptLevel {
    #[value(name = "0")]
    O0,
    #[value(name = "1")]
    O1,
    #[value(name = "2")]
    O2,
    #[value(name = "3")]
    O3,
    Jit,
    Size,
    Mem,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum CliGc {
    // Nursery + old generation; PyPy's name for its collector is accepted.
    #[value(alias = "incminimark")]
    Generational,
    Semispace,
}

/// The value of `--backendopt`.
#[derive(Clone, Debug)]
pub struct PassList(pub Vec<backendopt::Pass>);

fn parse_passes(s: &str) -> Result<PassList, String> {
    s.split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(|n| {
            backendopt::Pass::from_name(n).ok_or_else(|| {
                let known: Vec<&str> = backendopt::Pass::ALL.iter().map(|p| p.name()).collect();
                format!("unknown pass `{n}` (the passes: {})", known.join(", "))
            })
        })
        .collect::<Result<Vec<_>, _>>()
        .map(PassList)
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum CliMessageFormat {
    Human,
    Json,
}

impl Cli {
    pub fn goal(&self) -> Goal {
        if self.flow {
            Goal::Flow
        } else if self.annotate {
            Goal::Annotate
        } else if self.rtype {
            Goal::Rtype
        } else if self.source {
            Goal::Source
        } else if self.llinterp {
            Goal::LlInterp
        } else {
            Goal::Compile
        }
    }

    pub fn into_config(self) -> Config {
        let goal = self.goal();
        Config {
            target: self.target,
            target_args: self.target_args,
            goal,
            opt: match self.opt {
                CliOptLevel::O0 => OptLevel::O0,
                CliOptLevel::O1 => OptLevel::O1,
                CliOptLevel::O2 => OptLevel::O2,
                CliOptLevel::O3 => OptLevel::O3,
                CliOptLevel::Jit => OptLevel::Jit,
                CliOptLevel::Size => OptLevel::Size,
                CliOptLevel::Mem => OptLevel::Mem,
            },
            message_format: match self.message_format {
                CliMessageFormat::Human => frontend::diag::MessageFormat::Human,
                CliMessageFormat::Json => frontend::diag::MessageFormat::Json,
            },
            output: self.output,
            emit_dir: self.emit_dir,
            view: self.view,
            timings: self.timings,
            verbose: self.verbose,
            lto: !self.no_lto,
            gc: match self.gc {
                CliGc::Generational => codegen_rs::GcChoice::Generational,
                CliGc::Semispace => codegen_rs::GcChoice::Semispace,
            },
            debug_panic_at: self.debug_panic_at,
            backendopt: self.backendopt.map(|l| l.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn command_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn opt_levels_attach_to_the_flag() {
        for (args, want) in [
            (&["translate", "-O0", "t"][..], OptLevel::O0),
            (&["translate", "-Ojit", "t"][..], OptLevel::Jit),
            (&["translate", "--opt", "size", "t"][..], OptLevel::Size),
            (&["translate", "--opt=mem", "t"][..], OptLevel::Mem),
            (&["translate", "t"][..], OptLevel::O2),
        ] {
            let cfg = Cli::try_parse_from(args).unwrap().into_config();
            assert_eq!(cfg.opt, want, "{args:?}");
        }
        assert!(Cli::try_parse_from(["translate", "-O4", "t"]).is_err());
    }

    #[test]
    fn goals_and_target_args() {
        let cli = Cli::try_parse_from(["translate", "-a", "dir", "--", "x", "--flow"]).unwrap();
        assert_eq!(cli.goal(), Goal::Annotate);
        assert_eq!(cli.target_args, ["x", "--flow"]);
        assert!(Cli::try_parse_from(["translate", "--flow", "-a", "dir"]).is_err());
        assert_eq!(
            Cli::try_parse_from(["translate", "dir"]).unwrap().goal(),
            Goal::Compile
        );
    }
}
