//! Focused tests of the interpreter: small programs run on a fresh
//! `__main__` namespace, checking the value they leave in `result` (by
//! repr), the exception they raise, and that running them leaks no
//! objects (every frame, function, cell and traceback is freed).

use crate::object::{decref, Value};
use crate::objects::{dict, str as pystr};

fn init() {
    crate::gil::with_gil(|| {
        crate::run::init_interp(&["test".to_string()], ".").expect("interpreter initialises");
    });
}

/// Run `src`; Ok(repr of `result`) or Err("Type: message"). With
/// `check_leaks`, every object created must be freed afterwards (classes
/// form reference cycles that only the cycle collector frees, so class
/// tests skip the check).
fn run_src_with(src: &str, check_leaks: bool) -> Result<String, String> {
    init();
    let body = || {
        let code = super::imports::compile_source(src, "<test>");
        if code.is_null() {
            return Err(crate::errors::take_message().unwrap_or_default());
        }
        let g = dict::dict_new();
        let name = pystr::new_str("__main__");
        dict::set_str(g, "__name__", name);
        decref(name);
        let r = super::imports::exec_code(code, g, g);
        decref(code);
        let out = if r.is_null() {
            Err(crate::errors::take_message().unwrap_or_default())
        } else {
            decref(r);
            match dict::get_str(g, "result") {
                Some(v) => {
                    let s = crate::ops::protocol::repr(v);
                    let t = pystr::as_str(s).to_string();
                    decref(s);
                    Ok(t)
                }
                None => Ok(String::new()),
            }
        };
        // Break the cycles functions create through their globals.
        dict::clear_dict(g);
        decref(g);
        out
    };
    if check_leaks {
        crate::testing::run(body)
    } else {
        crate::gil::with_gil(body)
    }
}

fn run_src(src: &str) -> Result<String, String> {
    run_src_with(src, true)
}

fn ok(src: &str, expected: &str) {
    assert_eq!(run_src(src), Ok(expected.to_string()), "program:\n{src}");
}

fn err(src: &str, expected: &str) {
    assert_eq!(run_src(src), Err(expected.to_string()), "program:\n{src}");
}

#[test]
fn arithmetic_and_control_flow() {
    ok("result = [i * i for i in range(5) if i % 2]", "[1, 9]");
    ok(
        "t = 0\nfor i in range(10):\n    if i == 7: break\n    if i % 2: continue\n    t += i\nelse:\n    t = -1\nresult = t",
        "12",
    );
    ok(
        "result = (7 // -2, 7 % -2, -7 // 2, 2 ** 100 > 0, 1 < 2 < 3)",
        "(-4, -1, -4, True, True)",
    );
    ok(
        "a, *b, c = range(6)\nresult = (a, b, c)",
        "(0, [1, 2, 3, 4], 5)",
    );
}

#[test]
fn functions_closures_and_arguments() {
    ok(
        "def mk():\n    n = 0\n    def inc(k=1):\n        nonlocal n\n        n += k\n        return n\n    return inc\nf = mk()\nf()\nresult = f(10)",
        "11",
    );
    ok(
        "def f(a, /, b, *args, c, d=4, **kw):\n    return (a, b, args, c, d, kw)\nresult = f(1, 2, 3, c=5, e=6)",
        "(1, 2, (3,), 5, 4, {'e': 6})",
    );
    err(
        "def f(a, b): pass\nf(1)",
        "TypeError: f() missing 1 required positional argument: 'b'",
    );
    err(
        "def f(a): pass\nf(1, 2)",
        "TypeError: f() takes 1 positional argument but 2 were given",
    );
    err(
        "def f():\n    x\n    x = 1\nf()",
        "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value",
    );
    err(
        "undefined_name",
        "NameError: name 'undefined_name' is not defined",
    );
}

#[test]
fn exceptions_and_finally() {
    ok(
        "log = []\ntry:\n    try:\n        1 / 0\n    finally:\n        log.append('fin')\nexcept ZeroDivisionError as e:\n    log.append(str(e))\nresult = log",
        "['fin', 'division by zero']",
    );
    ok(
        "try:\n    try:\n        raise ValueError(1)\n    except ValueError:\n        raise KeyError(2)\nexcept KeyError as e:\n    result = repr(e.__context__)",
        "'ValueError(1)'",
    );
    ok(
        "def f():\n    try:\n        return 1\n    finally:\n        return 2\nresult = f()",
        "2",
    );
    err("raise TypeError('boom')", "TypeError: boom");
}

#[test]
fn generators_and_yield_from() {
    ok(
        "def g():\n    x = yield 1\n    yield x * 2\n    return 'done'\nit = g()\na = next(it)\nb = it.send(21)\ntry:\n    next(it)\nexcept StopIteration as e:\n    c = e.value\nresult = (a, b, c)",
        "(1, 42, 'done')",
    );
    ok(
        "def inner():\n    yield 1\n    return 2\ndef outer():\n    r = yield from inner()\n    yield r\nresult = list(outer())",
        "[1, 2]",
    );
    ok(
        "log = []\ndef g():\n    try:\n        yield 1\n    finally:\n        log.append('closed')\nit = g()\nnext(it)\nit.close()\nresult = log",
        "['closed']",
    );
}

fn ok_cyclic(src: &str, expected: &str) {
    assert_eq!(
        run_src_with(src, false),
        Ok(expected.to_string()),
        "program:\n{src}"
    );
}

#[test]
fn classes_and_super() {
    ok_cyclic(
        "class A:\n    def f(self): return 'A'\nclass B(A):\n    def f(self): return 'B' + super().f()\nresult = B().f()",
        "'BA'",
    );
    ok_cyclic(
        "class P:\n    def __init__(self): self._x = 1\n    @property\n    def x(self): return self._x\n    @x.setter\n    def x(self, v): self._x = v * 10\np = P()\np.x = 2\nresult = p.x",
        "20",
    );
}

#[test]
fn recursion_limit_is_an_exception() {
    err(
        "def f(n): return f(n + 1)\nf(0)",
        "RecursionError: maximum recursion depth exceeded",
    );
}

#[test]
fn value_stack_is_released_on_errors() {
    // Errors in the middle of expressions unwind partially built values.
    err(
        "def f():\n    return [1, 2, (3, 4, 1 / 0)]\nf()",
        "ZeroDivisionError: division by zero",
    );
    let _ = Value::NULL;
}
