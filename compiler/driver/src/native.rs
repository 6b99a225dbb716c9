//! The native tier's commands: `pyc build FILE` (an executable, or with
//! `--emit=clif|obj` the Cranelift IR or the object file) and `pyc run FILE`
//! without `--interp` (build into the cache, then run).
//!
//! Output names: an executable defaults to the script's stem and an object
//! file to `<stem>.o`, both in the current folder; `-o` overrides either.
//! The script itself is never overwritten by a default name.

use crate::modules::{discover, DiscoveryError};
use crate::Failure;
use pyc_native::{BuildOptions, Program};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What `pyc build` produces.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Product {
    Executable,
    Clif,
    Object,
}

/// A failure tagged with the file it concerns (for syntax errors).
type Failed = (String, Failure);

fn message(text: impl Into<String>) -> Failed {
    (String::new(), Failure::Message(text.into()))
}

fn native(e: pyc_native::NativeError) -> Failed {
    message(e.0)
}

fn discovered(script: &Path, strict: bool) -> Result<Program, Failed> {
    let shown = script.display().to_string();
    discover(script, &shown, strict).map_err(|e| match e {
        DiscoveryError::Syntax(file, err) => (file, Failure::Syntax(err)),
        DiscoveryError::Message(text) => message(text),
    })
}

/// The default output for `script`: its stem with `extension` (if any), in
/// the current folder; refuses a name that is the script itself.
fn default_output(script: &Path, extension: Option<&str>) -> Result<PathBuf, Failed> {
    let stem = script
        .file_stem()
        .ok_or_else(|| message(format!("cannot name an output for '{}'", script.display())))?;
    let mut out = PathBuf::from(stem);
    if let Some(ext) = extension {
        out.set_extension(ext);
    }
    let same = match (out.canonicalize(), script.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same {
        return Err(message(format!(
            "the output '{}' would overwrite the script; choose another name with -o",
            out.display()
        )));
    }
    Ok(out)
}

/// `pyc build FILE [-o OUT] [-O..] [--emit=clif|obj] [--target T]`.
pub fn build(
    script: &Path,
    output: Option<PathBuf>,
    product: Product,
    opts: &BuildOptions,
) -> Result<ExitCode, Failed> {
    if product == Product::Executable {
        // A foreign target cannot be linked: say so before compiling.
        pyc_native::link::check_target(opts).map_err(native)?;
    } else if let Some(name) = opts.target.as_deref() {
        target_lexicon_check(name)?;
    }
    let program = discovered(script, true)?;
    match product {
        Product::Clif => {
            let listing = pyc_native::clif_listing(&program, opts).map_err(native)?;
            crate::write_stdout(&listing);
        }
        Product::Object => {
            let object = pyc_native::compile_program(&program, opts).map_err(native)?;
            let out = match output {
                Some(out) => out,
                None => default_output(script, Some("o"))?,
            };
            std::fs::write(&out, object).map_err(|e| {
                message(format!(
                    "cannot write '{}': {}",
                    out.display(),
                    crate::os_error(&e)
                ))
            })?;
        }
        Product::Executable => {
            let out = match output {
                Some(out) => out,
                None => default_output(script, None)?,
            };
            let object = pyc_native::compile_program(&program, opts).map_err(native)?;
            pyc_native::link::link_executable(&object, &out, opts).map_err(native)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Rejects a target triple target-lexicon does not know.
fn target_lexicon_check(name: &str) -> Result<(), Failed> {
    pyc_native::link::parse_target(name)
        .map(|_| ())
        .map_err(native)
}

/// `pyc run FILE args...`: builds the program into the cache unless an
/// identical build is there, then runs it in place of this process.
pub fn run(script: &Path, args: &[String]) -> Result<ExitCode, Failed> {
    let program = discovered(script, false)?;
    let opts = BuildOptions {
        opt_level: 1,
        target: None,
    };
    let archive = pyc_native::archive::runtime_archive().map_err(native)?;
    let key = crate::cache::key(&program, &archive, opts.opt_level);
    let exe = crate::cache::executable_path(&key);
    if !exe.is_file() {
        if let Some(dir) = exe.parent() {
            std::fs::create_dir_all(dir).map_err(|e| {
                message(format!(
                    "cannot create the cache folder '{}': {}",
                    dir.display(),
                    crate::os_error(&e)
                ))
            })?;
        }
        let object = pyc_native::compile_program(&program, &opts).map_err(native)?;
        pyc_native::link::link_with_archive(&object, &exe, &archive, &opts).map_err(native)?;
        crate::cache::prune(&exe);
    } else {
        crate::cache::touch(&exe);
    }
    execute(&exe, &program.argv0, args)
}

/// Runs `exe` with `argv0` and `args`, passing the standard streams and
/// exit status through (on unix, by replacing this process).
fn execute(exe: &Path, argv0: &str, args: &[String]) -> Result<ExitCode, Failed> {
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let mut cmd = std::process::Command::new(exe);
    cmd.args(args);
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        cmd.arg0(argv0);
        let err = cmd.exec();
        Err(message(format!(
            "cannot run '{}': {}",
            exe.display(),
            crate::os_error(&err)
        )))
    }
    #[cfg(not(unix))]
    {
        let _ = argv0;
        let status = cmd.status().map_err(|e| {
            message(format!(
                "cannot run '{}': {}",
                exe.display(),
                crate::os_error(&e)
            ))
        })?;
        Ok(ExitCode::from((status.code().unwrap_or(1) & 0xff) as u8))
    }
}
