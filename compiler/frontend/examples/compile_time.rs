//! Times the frontend stages on one file: `cargo run --release -p
//! pyc-frontend --example compile_time FILE [REPEAT]`. Prints the best of
//! REPEAT runs (default 5) for decode+parse and for compile (optimize,
//! symbol table, bytecode, assemble).

use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: compile_time FILE [REPEAT]");
        std::process::exit(2);
    };
    let repeat: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(5);
    let bytes = std::fs::read(path).expect("read file");
    let worker = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let (mut parse_best, mut compile_best) = (f64::MAX, f64::MAX);
            let mut ninstrs = 0;
            for _ in 0..repeat {
                let t0 = Instant::now();
                let src = pyc_frontend::tokenizer::decode_source(&bytes).expect("decode");
                let m = pyc_frontend::parser::parse_module(&src).expect("parse");
                let t1 = Instant::now();
                let code = pyc_frontend::bytecode::compile_module(&m, "bench.py").expect("compile");
                let t2 = Instant::now();
                parse_best = parse_best.min((t1 - t0).as_secs_f64());
                compile_best = compile_best.min((t2 - t1).as_secs_f64());
                fn count(c: &pyc_frontend::bytecode::CodeObject) -> usize {
                    c.instrs.len() + c.nested().map(count).sum::<usize>()
                }
                ninstrs = count(&code);
            }
            println!(
                "decode+parse {:.2} ms, compile {:.2} ms, {} instructions",
                parse_best * 1e3,
                compile_best * 1e3,
                ninstrs
            );
        })
        .expect("thread");
    worker.join().expect("join");
}
