# A SyntaxError from exec() escapes: the traceback shows the snippet's line and caret.
snippets = ["x = 1", "y = x + 1", "z = (y +* 2)"]
scope = {}
for s in snippets:
    print("running", s)
    exec(s, scope)
