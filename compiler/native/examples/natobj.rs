use pyc_native::*;
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = std::path::absolute(&args[1]).unwrap().display().to_string();
    let src = std::fs::read_to_string(&path).unwrap();
    let m = pyc_frontend::parser::parse_module(&src).unwrap();
    let code = pyc_frontend::bytecode::compile_module_with_source(&m, &path, &src).unwrap();
    let p = Program {
        argv0: args[1].clone(),
        modules: vec![ProgramModule {
            name: "__main__".into(),
            path,
            source: src,
            is_package: false,
            code,
        }],
    };
    let o = BuildOptions {
        opt_level: args.get(3).map(|s| s.parse().unwrap()).unwrap_or(1),
        target: None,
    };
    if args[2].ends_with(".clif") {
        std::fs::write(&args[2], clif_listing(&p, &o).unwrap()).unwrap();
        return;
    }
    match compile_program(&p, &o) {
        Ok(b) => std::fs::write(&args[2], b).unwrap(),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1)
        }
    }
}
