//! Nesting limits: code nested as deeply as CPython 3.11 accepts compiles
//! (on a 64 MB stack, also in debug builds), and deeper code fails with
//! CPython's RecursionError instead of overflowing the stack.

use pyc_frontend::{bytecode, parser, ErrorKind};

fn compile(src: String) -> Result<(), pyc_frontend::SyntaxError> {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let m = parser::parse_module(&src).expect("parse");
            bytecode::compile_module(&m, "deep.py").map(|code| {
                bytecode::verify_all(&code).expect("verify");
            })
        })
        .unwrap()
        .join()
        .unwrap()
}

fn sum(n: usize) -> String {
    format!("x = {}\n", vec!["a"; n].join(" + "))
}

#[test]
fn deep_but_accepted_by_cpython() {
    // CPython 3.11 compiles a 2993-term sum.
    compile(sum(2990)).expect("compiles");
}

#[test]
fn too_deep_is_a_recursion_error() {
    let e = compile(sum(4000)).unwrap_err();
    assert_eq!(e.kind, ErrorKind::RecursionError);
    assert_eq!(e.msg, "maximum recursion depth exceeded during compilation");
    assert_eq!(
        e.render("deep.py"),
        "RecursionError: maximum recursion depth exceeded during compilation\n"
    );
}

#[test]
fn deep_statements() {
    // 90 nested ifs are fine; nested blocks (loops/try/with) stop at 20.
    let mut src = String::new();
    for i in 0..90 {
        src.push_str(&format!("{}if a:\n", " ".repeat(i)));
    }
    src.push_str(&format!("{}pass\n", " ".repeat(90)));
    compile(src).expect("compiles");
    let mut src = String::new();
    for i in 0..21 {
        src.push_str(&format!("{}for x in y:\n", " ".repeat(i)));
    }
    src.push_str(&format!("{}pass\n", " ".repeat(21)));
    let e = compile(src).unwrap_err();
    assert_eq!(e.msg, "too many statically nested blocks");
    assert_eq!(e.lineno, 21);
}
