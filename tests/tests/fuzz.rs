//! Robustness of the frontend: arbitrary bytes, mutated corpus files and
//! pathological inputs go through decode -> tokenize (listing and parser
//! stream) -> parse -> AST dump -> compile -> dis -> marshal round-trip,
//! and none may panic, crash the process (stack overflow), or hang.
//!
//! Inputs are numbered and generated deterministically (`pyc_tests::fuzz`).
//! Each test runs its inputs in child processes of this test executable
//! (`pyc_tests::isolate`), so an input that aborts the process or never
//! finishes is reported by name (and saved to a file) and the remaining
//! inputs still run. `PYC_FUZZ_SCALE=N` multiplies the generated inputs.

use pyc_frontend::{bytecode, marshal, parser, tokenizer};
use pyc_tests::clip;
use pyc_tests::fuzz::{mutant_inputs, random_input};
use pyc_tests::isolate::{child_loop, child_request, run_isolated, Event};
use std::sync::Arc;
use std::time::Duration;

/// The whole pipeline on one input; returns how far it got and the first
/// error's message (`Compiled` when everything succeeded). With `views`,
/// the AST dump and the `dis` listing are produced too; they are skipped
/// for the pathological inputs, whose indented dumps would be quadratic in
/// the nesting depth (CPython's `ast.dump` cannot print those either).
fn pipeline(bytes: &[u8], views: bool) -> String {
    let _ = tokenizer::tokenize_listing_for(bytes, "fuzz.py");
    let source = match tokenizer::decode_source(bytes) {
        Ok(s) => s,
        Err(e) => return format!("DecodeError: {}", e.msg),
    };
    // The parser's token stream on its own (the parser runs it again).
    let _ = tokenizer::tokenize(&source);
    let module = match parser::parse_module(&source) {
        Ok(m) => m,
        Err(e) => {
            let _ = e.render("fuzz.py");
            return format!("ParseError: {}", e.msg);
        }
    };
    if views {
        let _ = pyc_frontend::ast::dump::dump_mod(&module, true);
    }
    match bytecode::compile_module_with_source(&module, "fuzz.py", &source) {
        Ok(code) => {
            if views {
                let _ = pyc_frontend::dis::disassemble_all(&code);
            }
            // Serialization must be lossless: bytes -> code -> the same bytes.
            let bytes = marshal::dumps(&code);
            match marshal::loads(&bytes) {
                Ok(back) if marshal::dumps(&back) == bytes => "Compiled".to_string(),
                Ok(_) => panic!("marshal round-trip changed the code object"),
                Err(e) => panic!("marshal::loads rejected marshal::dumps output: {e}"),
            }
        }
        Err(e) => {
            let _ = e.render("fuzz.py");
            format!("CompileError: {}", e.msg)
        }
    }
}

fn scale() -> usize {
    let base = if cfg!(debug_assertions) { 1 } else { 8 };
    let mult = std::env::var("PYC_FUZZ_SCALE")
        .ok()
        .and_then(|s| s.parse::<usize>().ok())
        .unwrap_or(1);
    base * mult.max(1)
}

fn deadline() -> Duration {
    Duration::from_secs(if cfg!(debug_assertions) { 300 } else { 60 })
}

/// Saves a failing input where a developer can find it; returns the path.
fn save_failure(label: &str, input: &[u8]) -> String {
    let dir = std::env::temp_dir().join("pyc-fuzz-failures");
    let _ = std::fs::create_dir_all(&dir);
    let safe: String = label
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    let path = dir.join(format!("{safe}.py"));
    match std::fs::write(&path, input) {
        Ok(()) => path.display().to_string(),
        Err(e) => format!("<could not save: {e}>"),
    }
}

/// Runs a numbered input set: as a child, the inputs it was asked for; as
/// the parent, all of them in children, failing on any panic, crash or hang.
fn run_set(test_name: &str, inputs: Vec<(String, Vec<u8>)>, views: bool) -> Vec<Event> {
    let inputs = Arc::new(inputs);
    if let Some((_, start)) = child_request() {
        let shared = Arc::clone(&inputs);
        child_loop(start, inputs.len(), move |i| pipeline(&shared[i].1, views));
        // The parent reads the protocol lines; the child itself passes.
        std::process::exit(0);
    }
    let started = std::time::Instant::now();
    let events = run_isolated(test_name, test_name, inputs.len(), deadline());
    let mut failures = Vec::new();
    for event in &events {
        let describe = |what: String| {
            let (label, bytes) = &inputs[event.index()];
            format!(
                "{label}: {what} (input saved to {})",
                save_failure(label, bytes)
            )
        };
        match event {
            Event::Done { .. } => {}
            Event::Panic { message, .. } => {
                failures.push(describe(format!("PANIC {}", clip(message, 300))))
            }
            Event::Crash { status, .. } => {
                failures.push(describe(format!("process crashed: {status}")))
            }
            Event::Hang { .. } => {
                failures.push(describe(format!("did not finish within {:?}", deadline())))
            }
        }
    }
    eprintln!(
        "{test_name}: {} inputs, {} events in {:.1?}, {} failures",
        inputs.len(),
        events.len(),
        started.elapsed(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} inputs broke the frontend:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert_eq!(events.len(), inputs.len(), "some inputs were never run");
    events
}

#[test]
fn random_bytes() {
    let n = 400 * scale();
    let inputs = (0..n)
        .map(|i| (format!("random-{i}"), random_input(i)))
        .collect();
    run_set("random_bytes", inputs, true);
}

#[test]
fn mutated_corpus_files() {
    run_set("mutated_corpus_files", mutant_inputs(3 * scale()), true);
}

/// Expected result of a pathological input: whether CPython 3.11 accepts it
/// and, if it reports a SyntaxError we should match, its message.
#[derive(Clone, Copy)]
enum Expect {
    /// CPython compiles it.
    Accepted,
    /// CPython raises SyntaxError with this message.
    Message(&'static str),
    /// CPython rejects it (MemoryError/RecursionError); ours must not crash,
    /// any error or success is acceptable.
    NoCrash,
}

fn pathological() -> Vec<(&'static str, Vec<u8>, Expect)> {
    use Expect::*;
    const N: usize = 100_000;
    let nested_ifs: String = (0..1000)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect::<String>()
        + &" ".repeat(1000)
        + "pass\n";
    vec![
        (
            "100k nested parentheses",
            format!("{}1{}\n", "(".repeat(N), ")".repeat(N)).into_bytes(),
            Message("too many nested parentheses"),
        ),
        (
            "100k unclosed parentheses",
            "(".repeat(N).into_bytes(),
            Message("too many nested parentheses"),
        ),
        (
            "100k nested lists",
            format!("x = {}{}\n", "[".repeat(N), "]".repeat(N)).into_bytes(),
            Message("too many nested parentheses"),
        ),
        (
            "50k nested dicts",
            format!("x = {}1{}\n", "{1:".repeat(N / 2), "}".repeat(N / 2)).into_bytes(),
            Message("too many nested parentheses"),
        ),
        (
            "100k unary minus",
            format!("x = {}1\n", "-".repeat(N)).into_bytes(),
            NoCrash,
        ),
        (
            "100k unary not",
            format!("x = {}1\n", "not ".repeat(N)).into_bytes(),
            NoCrash,
        ),
        (
            "100k nested lambdas",
            format!("f = {}0\n", "lambda: ".repeat(N)).into_bytes(),
            NoCrash,
        ),
        (
            "100k await chain",
            format!("async def f():\n    return {}x\n", "await ".repeat(N)).into_bytes(),
            Message("invalid syntax"),
        ),
        (
            "1000 nested ifs",
            nested_ifs.into_bytes(),
            Message("too many levels of indentation"),
        ),
        (
            "10 MB string line",
            format!("x = '{}'\n", "a".repeat(10_000_000)).into_bytes(),
            Accepted,
        ),
        (
            "10 MB comment line",
            format!("x = 1  # {}\n", "c".repeat(10_000_000)).into_bytes(),
            Accepted,
        ),
        (
            "10 MB identifier",
            format!("{} = 1\n", "n".repeat(10_000_000)).into_bytes(),
            Accepted,
        ),
        (
            "100k-term sum on one line",
            format!("x = {}1\n", "1+".repeat(N)).into_bytes(),
            NoCrash,
        ),
        (
            "100k attribute chain",
            format!("x = a{}\n", ".b".repeat(N)).into_bytes(),
            NoCrash,
        ),
        (
            "100k call chain",
            format!("x = f{}\n", "()".repeat(N)).into_bytes(),
            NoCrash,
        ),
        (
            "1000-term sum",
            format!("x = {}1\n", "1+".repeat(1000)).into_bytes(),
            Accepted,
        ),
        (
            "1000-long attribute and call chain",
            format!("x = a{}\n", ".b()".repeat(1000)).into_bytes(),
            Accepted,
        ),
        (
            "100k-element list",
            format!("x = [{}]\n", "a, ".repeat(N)).into_bytes(),
            Accepted,
        ),
        (
            "100k statements",
            "x = 1\n".repeat(N).into_bytes(),
            Accepted,
        ),
        (
            "10k-field f-string",
            format!("x = f'{}'\n", "{x}".repeat(10_000)).into_bytes(),
            Accepted,
        ),
        (
            "invalid UTF-8",
            b"x = '\xff\xfe\xc3('\n".to_vec(),
            Message("Non-UTF-8"),
        ),
        (
            "truncated UTF-8 at end",
            b"x = 1 # \xe2\x82".to_vec(),
            Message("Non-UTF-8"),
        ),
        (
            "NUL bytes",
            b"x = 1\x00\x00\ny = 2\n".to_vec(),
            Message("source code cannot contain null bytes"),
        ),
        (
            "only NUL",
            vec![0u8; 1000],
            Message("source code cannot contain null bytes"),
        ),
        ("empty", Vec::new(), Accepted),
        ("lone BOM", b"\xef\xbb\xbf".to_vec(), Accepted),
        ("lone CR", b"\r".to_vec(), Accepted),
        (
            "100k newlines in brackets",
            format!("x = ({}1)\n", "\n".repeat(N)).into_bytes(),
            Accepted,
        ),
        (
            "100k backslash continuations",
            format!("x = 1{}\n", " \\\n".repeat(N)).into_bytes(),
            Accepted,
        ),
        (
            "unterminated triple quote over 100k lines",
            format!("x = '''{}", "line\n".repeat(N)).into_bytes(),
            Message("unterminated triple-quoted string literal"),
        ),
    ]
}

#[test]
fn pathological_inputs() {
    let cases = pathological();
    let inputs = cases
        .iter()
        .map(|(label, bytes, _)| (label.to_string(), bytes.clone()))
        .collect();
    let events = run_set("pathological_inputs", inputs, false);
    let mut problems = Vec::new();
    for ((label, _, expect), event) in cases.iter().zip(&events) {
        let Event::Done { detail, millis, .. } = event else {
            continue;
        };
        eprintln!("{label}: {} ({millis} ms)", clip(detail, 120));
        match expect {
            Expect::NoCrash => {}
            Expect::Accepted if detail == "Compiled" => {}
            Expect::Accepted => {
                problems.push(format!("{label}: CPython compiles it; ours: {detail}"))
            }
            Expect::Message(msg) if detail.contains(msg) && detail != "Compiled" => {}
            Expect::Message(msg) => problems.push(format!(
                "{label}: expected an error containing {msg:?}; ours: {}",
                clip(detail, 200)
            )),
        }
    }
    assert!(
        problems.is_empty(),
        "pathological inputs:\n{}",
        problems.join("\n")
    );
}

/// The isolation harness itself: a panic, an abort (what a stack overflow
/// does) and an endless loop are each reported for their input, and the
/// inputs after them still run.
#[test]
fn isolation_reports_panic_crash_and_hang() {
    const COUNT: usize = 6;
    if let Some((set, start)) = child_request() {
        if set == "isolation_reports_panic_crash_and_hang" {
            child_loop(start, COUNT, |i| match i {
                1 => panic!("deliberate panic"),
                2 => std::process::abort(),
                4 => loop {
                    std::thread::sleep(Duration::from_millis(50));
                },
                _ => format!("ok {i}"),
            });
            std::process::exit(0);
        }
    }
    let events = run_isolated(
        "isolation_reports_panic_crash_and_hang",
        "isolation_reports_panic_crash_and_hang",
        COUNT,
        Duration::from_secs(3),
    );
    let kinds: Vec<String> = events
        .iter()
        .map(|e| match e {
            Event::Done { index, detail, .. } => format!("{index}:{detail}"),
            Event::Panic { index, message } => format!("{index}:panic:{message}"),
            Event::Crash { index, .. } => format!("{index}:crash"),
            Event::Hang { index } => format!("{index}:hang"),
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "0:ok 0",
            "1:panic:deliberate panic",
            "2:crash",
            "3:ok 3",
            "4:hang",
            "5:ok 5"
        ]
    );
}
