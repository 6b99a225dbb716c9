//! `frontend FILE [-n N] [--stage parse|compile] [--warmup K]`: runs pyc's
//! frontend on FILE N times in-process and prints the time per iteration
//! (best, median, mean) plus a per-phase breakdown of the median.
//!
//! Stages: `parse` = decode + tokenize + parse (what CPython's
//! `compile(..., ast.PyCF_ONLY_AST)` does); `compile` (default) = parse plus
//! the bytecode compiler (what CPython's `compile(src, name, "exec")` does).
//! The last output line is the machine-readable `RESULT ...` line.

use pyc_benches::Samples;
use pyc_frontend::{bytecode, parser, tokenizer};
use std::process::ExitCode;
use std::time::Instant;

struct Options {
    file: String,
    iterations: usize,
    warmup: usize,
    stage: Stage,
}

#[derive(Clone, Copy, PartialEq)]
enum Stage {
    Parse,
    Compile,
}

fn usage() -> String {
    "usage: frontend FILE [-n ITERATIONS] [--warmup K] [--stage parse|compile]".to_string()
}

fn parse_args() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let mut opts = Options {
        file: String::new(),
        iterations: 20,
        warmup: 2,
        stage: Stage::Compile,
    };
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "-n" => opts.iterations = value("-n")?.parse().map_err(|e| format!("-n: {e}"))?,
            "--warmup" => {
                opts.warmup = value("--warmup")?
                    .parse()
                    .map_err(|e| format!("--warmup: {e}"))?
            }
            "--stage" => {
                opts.stage = match value("--stage")?.as_str() {
                    "parse" => Stage::Parse,
                    "compile" => Stage::Compile,
                    other => return Err(format!("unknown stage {other:?}")),
                }
            }
            "-h" | "--help" => return Err(usage()),
            _ if opts.file.is_empty() && !arg.starts_with('-') => opts.file = arg,
            _ => return Err(format!("unexpected argument {arg:?}\n{}", usage())),
        }
    }
    if opts.file.is_empty() {
        return Err(usage());
    }
    if opts.iterations == 0 {
        return Err("-n must be at least 1".into());
    }
    Ok(opts)
}

/// Phase timings of one iteration, in seconds.
#[derive(Default, Clone, Copy)]
struct Phases {
    decode: f64,
    parse: f64,
    compile: f64,
}

fn one_iteration(bytes: &[u8], name: &str, stage: Stage) -> Result<Phases, String> {
    let t0 = Instant::now();
    let source = tokenizer::decode_source(bytes).map_err(|e| e.render(name))?;
    let t1 = Instant::now();
    let module = parser::parse_module(&source).map_err(|e| e.render(name))?;
    let t2 = Instant::now();
    if stage == Stage::Compile {
        let code = bytecode::compile_module(&module, name).map_err(|e| e.render(name))?;
        std::hint::black_box(&code);
    }
    let t3 = Instant::now();
    std::hint::black_box(&module);
    Ok(Phases {
        decode: (t1 - t0).as_secs_f64(),
        parse: (t2 - t1).as_secs_f64(),
        compile: (t3 - t2).as_secs_f64(),
    })
}

fn run(opts: Options) -> Result<(), String> {
    let bytes = std::fs::read(&opts.file).map_err(|e| format!("{}: {e}", opts.file))?;
    let name = std::path::Path::new(&opts.file)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("input.py")
        .to_string();
    for _ in 0..opts.warmup {
        one_iteration(&bytes, &name, opts.stage)?;
    }
    let mut samples = Samples::default();
    let mut phases = Vec::with_capacity(opts.iterations);
    for _ in 0..opts.iterations {
        let start = Instant::now();
        let p = one_iteration(&bytes, &name, opts.stage)?;
        samples.push(start.elapsed());
        phases.push(p);
    }
    let median_of = |f: fn(&Phases) -> f64| {
        let mut v: Vec<f64> = phases.iter().map(f).collect();
        v.sort_by(|a, b| a.total_cmp(b));
        v[v.len() / 2]
    };
    let lines = bytes.iter().filter(|&&b| b == b'\n').count();
    println!(
        "{}: {} lines, {} bytes; stage {}",
        opts.file,
        lines,
        bytes.len(),
        if opts.stage == Stage::Parse {
            "parse"
        } else {
            "compile"
        }
    );
    println!(
        "median phases: decode {:.3} ms, tokenize+parse {:.3} ms, compile {:.3} ms",
        median_of(|p| p.decode) * 1e3,
        median_of(|p| p.parse) * 1e3,
        median_of(|p| p.compile) * 1e3
    );
    println!(
        "per iteration: best {:.3} ms, median {:.3} ms, mean {:.3} ms over {} iterations",
        samples.best().as_secs_f64() * 1e3,
        samples.median().as_secs_f64() * 1e3,
        samples.mean().as_secs_f64() * 1e3,
        samples.len()
    );
    println!("{}", samples.result_line("pyc"));
    Ok(())
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    // The frontend recurses over nested syntax; run it on a big stack.
    let worker = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || run(opts));
    match worker.map(|h| h.join()) {
        Ok(Ok(Ok(()))) => ExitCode::SUCCESS,
        Ok(Ok(Err(msg))) => {
            eprint!("{msg}");
            if !msg.ends_with('\n') {
                eprintln!();
            }
            ExitCode::from(1)
        }
        _ => {
            eprintln!("frontend: the frontend panicked or could not start");
            ExitCode::from(3)
        }
    }
}
