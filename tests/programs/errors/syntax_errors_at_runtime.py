# SyntaxError raised by compile()/exec()/eval() at run time: its attributes and str.
sources = [
    ("return 5", "exec"),
    ("break", "exec"),
    ("nonlocal x", "exec"),
    ("def f():\n    x = 1\n    global x", "exec"),
    ("x = 1 +* 2", "exec"),
    ("a b", "exec"),
    ("1 +\n 2", "eval"),
    ("x = (1,\n", "exec"),
    ("def f(:\n  pass", "exec"),
    ("f(x for x in y, 1)", "exec"),
    ("print 'hello'", "exec"),
    ("x := 5", "exec"),
    ("del f()", "exec"),
    ("a + 1 = 2", "exec"),
    ("def f(a, a): pass", "exec"),
    ("class C:\n    return 1", "exec"),
    ("lambda: (yield)", "eval"),
    ("[x async for x in y]", "eval"),
]
for src, mode in sources:
    try:
        compile(src, "<snippet>", mode)
        print("compiled?!", src)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
        print("   str:", e)
e = SyntaxError("custom", ("file.py", 3, 5, "bad line here\n", 3, 9))
print(e, e.filename, e.lineno, e.offset, repr(e.text), e.args)
print(SyntaxError("just a message"), SyntaxError().msg, IndentationError("i").msg)
try:
    exec("for i in range(2):\nprint(i)")
except IndentationError as e:
    print("IndentationError:", e.msg, e.lineno)
try:
    eval("import os")
except SyntaxError as e:
    print("eval of a statement:", e.msg)
