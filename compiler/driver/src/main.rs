//! The `pyc` command line: `pyc build` and `pyc run`, and the `--emit`
//! views of each compilation stage.
//!
//! * `modules` — finding and compiling the modules a program imports
//! * `native`  — native builds (`pyc build`, `--emit=clif|obj`, `pyc run`)
//! * `cache`   — the executable cache of `pyc run`
//! * `embedded` — the runtime archive carried inside release builds

use clap::{Parser, Subcommand, ValueEnum};
use pyc_frontend::SyntaxError;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod cache;
mod embedded;
mod modules;
mod native;

#[derive(Parser)]
#[command(
    name = "pyc",
    version,
    about = "pyc: a Python 3.11 ahead-of-time compiler"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile FILE to a native executable, or print one stage with --emit.
    Build {
        file: PathBuf,
        /// Output path (default: the script's stem).
        #[arg(short = 'o')]
        output: Option<PathBuf>,
        /// Optimisation level (0, 1 or 2).
        #[arg(short = 'O', default_value_t = 1, value_parser = clap::value_parser!(u8).range(0..=2))]
        opt_level: u8,
        /// Print (or, for obj, write) one stage instead of an executable.
        #[arg(long, value_enum)]
        emit: Option<Emit>,
        /// Target triple (default: this machine); linking for another
        /// target needs a cross linker.
        #[arg(long)]
        target: Option<String>,
    },
    /// Build FILE into a cache and run it, or run it on the interpreter.
    Run {
        /// Run on the interpreter only.
        #[arg(long)]
        interp: bool,
        file: PathBuf,
        /// Arguments passed to the program as sys.argv[1:].
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Emit {
    Tokens,
    Ast,
    Bytecode,
    Clif,
    Obj,
}

/// What failed: a Python-level error already printed in CPython's format, or
/// a message about pyc itself.
pub(crate) enum Failure {
    Syntax(SyntaxError),
    Message(String),
}

/// Writes `text` to stdout; a closed pipe (`pyc ... | head`) is not an error.
pub(crate) fn write_stdout(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    embedded::register();
    // A bug in pyc must not show a Rust panic message and backtrace to the
    // user: the hook stays silent and the join below reports the failure.
    std::panic::set_hook(Box::new(|info| {
        if std::env::var_os("PYC_DEBUG_PANICS").is_some() {
            eprintln!("{info}");
        }
    }));
    // The frontend recurses over nested syntax (a 10 MB line of `1+1+...`
    // is five million levels deep until the compiler's depth limit rejects
    // it), so it runs on a thread with a very large stack; only the pages
    // actually touched are ever committed.
    let cli = std::sync::Arc::new(std::sync::Mutex::new(Some(cli)));
    let spawn = |size: usize| {
        let cli = cli.clone();
        std::thread::Builder::new().stack_size(size).spawn(move || {
            let cli = cli.lock().ok().and_then(|mut c| c.take());
            match cli {
                Some(cli) => run_command(cli),
                None => Err((String::new(), Failure::Message("internal error".into()))),
            }
        })
    };
    let worker = match spawn(4 << 30).or_else(|_| spawn(512 << 20)) {
        Ok(worker) => worker,
        Err(e) => {
            eprintln!("pyc: cannot start the compiler thread: {e}");
            return ExitCode::from(2);
        }
    };
    let result = worker.join().unwrap_or_else(|_| {
        Err((
            String::new(),
            Failure::Message("internal error: the compiler panicked".into()),
        ))
    });
    match result {
        Ok(code) => code,
        Err((file, Failure::Syntax(err))) => {
            eprint!("{}", err.render(&file));
            ExitCode::from(1)
        }
        Err((_, Failure::Message(msg))) => {
            eprintln!("pyc: {msg}");
            ExitCode::from(2)
        }
    }
}

/// An I/O error as CPython words it: `[Errno 2] No such file or directory`.
pub(crate) fn os_error(e: &std::io::Error) -> String {
    let text = e.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text).to_string();
    match e.raw_os_error() {
        Some(code) => format!("[Errno {code}] {text}"),
        None => text,
    }
}

/// Parses `source` for a command that exits right after using the tree.
/// The tree is never dropped: freeing a very deep one (a 10 MB line of
/// `1+1+...`) recurses once per level, and the process is about to exit and
/// return the memory anyway.
fn parse_for_exit(
    source: &str,
) -> Result<std::mem::ManuallyDrop<pyc_frontend::ast::Mod>, SyntaxError> {
    pyc_frontend::parser::parse_module(source).map(std::mem::ManuallyDrop::new)
}

fn read_source(path: &Path) -> Result<Vec<u8>, (String, Failure)> {
    std::fs::read(path).map_err(|e| {
        (
            path.display().to_string(),
            Failure::Message(format!(
                "can't open file '{}': {}",
                path.display(),
                os_error(&e)
            )),
        )
    })
}

fn run_command(cli: Cli) -> Result<ExitCode, (String, Failure)> {
    match cli.command {
        Command::Build {
            file,
            emit,
            output,
            opt_level,
            target,
        } => {
            let product = match emit {
                None => Some(native::Product::Executable),
                Some(Emit::Clif) => Some(native::Product::Clif),
                Some(Emit::Obj) => Some(native::Product::Object),
                Some(_) => None,
            };
            if let Some(product) = product {
                let opts = pyc_native::BuildOptions { opt_level, target };
                return native::build(&file, output, product, &opts);
            }
            let bytes = match std::fs::read(&file) {
                Ok(bytes) => bytes,
                Err(e) if matches!(emit, Some(Emit::Tokens)) => {
                    // `python3 -m tokenize` reports an unreadable file so.
                    let name = pyc_frontend::repr::str_repr(&file.display().to_string());
                    eprintln!("error: {}: {name}", os_error(&e));
                    return Ok(ExitCode::from(1));
                }
                Err(_) => read_source(&file)?,
            };
            let name = file.display().to_string();
            let syntax = |e| (name.clone(), Failure::Syntax(e));
            match emit {
                Some(Emit::Tokens) => {
                    // Mirrors `python3 -m tokenize FILE`: the listing, or
                    // the module's error on stderr and exit status 1.
                    match pyc_frontend::tokenizer::tokenize_listing_for(&bytes, &name) {
                        Ok(listing) => {
                            write_stdout(&listing);
                            Ok(ExitCode::SUCCESS)
                        }
                        Err(text) => {
                            eprint!("{text}");
                            Ok(ExitCode::from(1))
                        }
                    }
                }
                Some(Emit::Ast) => {
                    let source = pyc_frontend::tokenizer::decode_source_named(&bytes, &name)
                        .map_err(syntax)?;
                    let module = parse_for_exit(&source).map_err(syntax)?;
                    // A tree too deep for `python3 -m ast` fails as it does
                    // there: its RecursionError on stderr, exit status 1.
                    match pyc_frontend::ast::dump::try_dump_mod(&module, false) {
                        Ok(mut text) => {
                            text.push('\n');
                            write_stdout(&text);
                            Ok(ExitCode::SUCCESS)
                        }
                        Err(e) => {
                            eprintln!("{}", e.message());
                            Ok(ExitCode::from(1))
                        }
                    }
                }
                Some(Emit::Bytecode) => {
                    let source = pyc_frontend::tokenizer::decode_source_named(&bytes, &name)
                        .map_err(syntax)?;
                    let module = parse_for_exit(&source).map_err(syntax)?;
                    let code =
                        pyc_frontend::bytecode::compile_module_with_source(&module, &name, &source)
                            .map_err(syntax)?;
                    write_stdout(&pyc_frontend::dis::disassemble_all(&code));
                    Ok(ExitCode::SUCCESS)
                }
                Some(Emit::Clif) | Some(Emit::Obj) | None => Err((
                    name,
                    Failure::Message("internal error: native products are built above".into()),
                )),
            }
        }
        Command::Run { interp, file, args } => {
            if !interp {
                return native::run(&file, &args);
            }
            let name = file.display().to_string();
            let status = pyrt::run::run_file(&name, &args);
            Ok(ExitCode::from((status & 0xff) as u8))
        }
    }
}
