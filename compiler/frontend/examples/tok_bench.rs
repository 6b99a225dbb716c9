//! Times the tokenizer's two modes on a file: `tok_bench FILE [REPEAT]`.

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: tok_bench FILE [REPEAT]");
        std::process::exit(2);
    };
    let repeat: u32 = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let bytes = std::fs::read(&path).unwrap_or_default();
    let src = match pyc_frontend::tokenizer::decode_source(&bytes) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{}", e.msg);
            std::process::exit(1);
        }
    };
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..repeat {
        n = pyc_frontend::tokenizer::tokenize(&src).tokens.len();
    }
    println!("tokenize: {n} tokens, {:?} per run", t.elapsed() / repeat);
    let t = Instant::now();
    let toks = pyc_frontend::tokenizer::listing::listing_tokens(&bytes, &path);
    println!("listing tokens: {:?}", t.elapsed());
    let t = Instant::now();
    if let Ok(toks) = toks {
        let s = pyc_frontend::tokenizer::listing::render(&toks);
        println!("render: {} bytes, {:?}", s.len(), t.elapsed());
    }
}
