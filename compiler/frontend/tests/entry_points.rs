//! The eval and single (interactive) compile modes, as `eval()`, `exec()`
//! and `compile()` will use them.

use pyc_frontend::bytecode::{self, Opcode};
use pyc_frontend::{dis, parser};

#[test]
fn eval_mode_returns_the_value() {
    let m = parser::parse_expression("a + 2 * 3").unwrap();
    let code = bytecode::compile_expression(&m, "<string>").unwrap();
    bytecode::verify_all(&code).unwrap();
    let ops: Vec<Opcode> = code.instrs.iter().map(|i| i.op).collect();
    assert_eq!(
        ops,
        vec![
            Opcode::RESUME,
            Opcode::LOAD_NAME,
            Opcode::LOAD_CONST,
            Opcode::BINARY_OP,
            Opcode::RETURN_VALUE
        ]
    );
    assert_eq!(dis::const_repr(&code.consts[0]), "6");
    assert_eq!(code.name, "<module>");
}

#[test]
fn single_mode_prints_expression_statements() {
    let m = parser::parse_interactive("x = 1; x\n").unwrap();
    let code = bytecode::compile_interactive(&m, "<stdin>").unwrap();
    bytecode::verify_all(&code).unwrap();
    let n = code
        .instrs
        .iter()
        .filter(|i| i.op == Opcode::PRINT_EXPR)
        .count();
    assert_eq!(n, 1);
    // Expression statements inside functions are not printed.
    let m = parser::parse_interactive("def f():\n    1 + x\n\n").unwrap();
    let code = bytecode::compile_interactive(&m, "<stdin>").unwrap();
    let f = code.nested().next().unwrap();
    assert!(f.instrs.iter().all(|i| i.op != Opcode::PRINT_EXPR));
}

#[test]
fn stack_depths_are_known_everywhere() {
    let src =
        "def f(x):\n    try:\n        return [y for y in x if y]\n    finally:\n        print(x)\n";
    let m = parser::parse_module(src).unwrap();
    let code = bytecode::compile_module(&m, "t.py").unwrap();
    let f = code.nested().next().unwrap();
    let depths = bytecode::stack_depths(f).unwrap();
    assert_eq!(depths.len(), f.instrs.len());
    assert!(depths.iter().all(|d| d.is_some()));
    assert!(depths.iter().all(|d| d.unwrap() <= f.stacksize));
}
