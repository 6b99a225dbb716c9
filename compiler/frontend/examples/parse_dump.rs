//! Debugging aid: prints what `python3 -m ast [-a] FILE` prints for FILE
//! (`-a` includes positions), or the syntax error as `python3 FILE` reports
//! it (`-e`: the error's fields on one line; `-q`: only parse), using the frontend's
//! tokenizer and parser.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let attrs = args.iter().any(|a| a == "-a");
    let quiet = args.iter().any(|a| a == "-q");
    let Some(path) = args.iter().find(|a| !a.starts_with('-')) else {
        eprintln!("usage: parse_dump [-a] FILE");
        std::process::exit(2);
    };
    let bytes = std::fs::read(path).unwrap_or_default();
    let path = path.clone();
    let child = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || {
            let source = match pyc_frontend::tokenizer::decode_source(&bytes) {
                Ok(s) => s,
                Err(e) => return Err(e),
            };
            let t = std::time::Instant::now();
            let r = pyc_frontend::parser::parse_module(&source);
            if std::env::var_os("PARSE_TIME").is_some() {
                let total = t.elapsed();
                let t = std::time::Instant::now();
                let toks = pyc_frontend::tokenizer::tokenize(&source);
                eprintln!(
                    "tokenize+parse: {:?} (tokenize alone: {:?}, {} tokens)",
                    total,
                    t.elapsed(),
                    toks.tokens.len()
                );
            }
            // Deep trees are printed and dropped on this big stack too.
            if quiet {
                return r.map(|_| "OK".to_string());
            }
            r.map(|m| pyc_frontend::ast::dump::dump_mod(&m, attrs))
        })
        .expect("spawn parser thread");
    match child.join() {
        Ok(Ok(text)) => println!("{text}"),
        Ok(Err(e)) if args.iter().any(|a| a == "-e") => {
            println!(
                "{} {:?} {} {} {} {}",
                e.kind.name(),
                e.msg,
                e.lineno,
                e.offset,
                e.end_lineno,
                e.end_offset
            );
        }
        Ok(Err(e)) => {
            eprint!("{}", e.render(&path));
            std::process::exit(1);
        }
        Err(_) => {
            eprintln!("parser panicked");
            std::process::exit(101);
        }
    }
}
