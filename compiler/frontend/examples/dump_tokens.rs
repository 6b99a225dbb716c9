//! Prints the C-tokenizer token stream of a file (see
//! `tokenizer::dump_tokens`); used to compare with CPython's own tokenizer.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dump_tokens FILE");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).unwrap_or_default();
    match pyc_frontend::tokenizer::decode_source(&bytes) {
        Ok(src) => print!("{}", pyc_frontend::tokenizer::dump_tokens(&src)),
        Err(e) => println!("DECODE {}", e.msg),
    }
}
