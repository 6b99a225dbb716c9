def greet(name):
    return f"Hello, {name}!"

def square(n):
    return n * n
'''

tree = ast.parse(source)

class AddLogging(ast.Nod!Transformer):
    def visit_FunctionDef(self, node):
        self.generic_visit(node)
        log_stmt = ast.Expr(value=ast.Call(func=ast.Name(id="print", ctx=ast.Load()),
                                           args=[ast.Constant(value=f"Calling {node.name}")],
                                           keywords=[]))
        node.body.insert(0, log_stmt)
        return node

class DoubleConstants(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(value=node.value * 2), node)
        return node

transformed = AddLogging().visit(tree)
ast.fix_missing_locations(transformed)
code = compile(transformed, "<transformed>", "exec")
exec(code)
print(greet("Alice"))
print(square(7))

expr = ast.parse("1 + 2 * x", mode="eval")
expr = ast.fix_missing_locations(DoubleConstants().visit(expr))
print(ast.unparse(expr), eval(compile(expr, "<e>", "eval"), {"x": 10}))
