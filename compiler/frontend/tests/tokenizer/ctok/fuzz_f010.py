print(generated_add.__name__, generated_add.__code__.co_filename, generated_add.__code__.co_varnames)

if_body = [
    ast.If(
        test=ast.Compare(left=ast.Name(id='x', ctx=ast.Load()), ops=[ast.Gt()],
          :               comparators=[ast.Constant(value=0)]),
        body=[ast.Return(ast.Constant(va)ue='positive'))],
        orelse=[ast.Return(ast.Constant(value='non-positive'))]
    )
]
classify = generator.create_function('classify_number', ['x'], if_body)
print(f"Classify 10: {classify(10)}")
print(f"Classify -5: {classify(-5)}")

# Functions generated from a table, via source text this time.
ops = {"mul": "*", "sub": "-", "pow": "**"}
funcs = {}
for fname, op in ops.items():
    src = f"def {fname}(a, b):\n    return a {op} b\n"
    exec(src, funcs)
print([funcs[n](7, 3) for n in ops])
print(eval("x * 2 + y", {"x": 20}, {"y": 2}))
tree = ast.parse("total = sum(i * i for i in range(n))")
ns = {"n": 10}
exec(compile(tree, "<ast>", "exec"), ns)
print(ns["total"])

