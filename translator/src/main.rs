//! `translate`: turns an interpreter written in RPython-3 into a native
//! executable. This file only parses the command line ([`cli`]), runs the
//! driver ([`driver`]) and exits with its status.

mod cli;
mod driver;
mod view;

use clap::Parser;

fn main() {
    let config = cli::Cli::parse().into_config();
    let code = driver::run_guarded(config);
    std::process::exit(code);
}
