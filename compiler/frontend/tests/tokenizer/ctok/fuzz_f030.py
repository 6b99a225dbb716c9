print("has a return:", "RETURN" in listing)

instrs = list(dis.get_instructions(simple_function))
print("instructions:", len(instrs) > 0, all(isinstance(i.opname, str) for i in instrs))
print("opnames known:", all(i.opname in dis.opmap for i in instrs))
print("loads x:", any(i.argval == "x" for i in instrs))
print("const 2:", 2 in simple_function.__code__.co_consts)

code = simple_function.__code__
print(code.co_name, code.co_argcount, code.co_varnames, code.co_nlocals)
print(type(code).__name__, isinstance(code, types.CodeType))

# A new function from an existing code object, with different globals.
clone = types.FunctionType(code, {"__name__": "elsewhere"}, "clone")
print(clone(21), clone.__name__, clone.__globals__["__name__"])

# A code object built by the compiler at run time, then turned into a function.
module_code = compile("def add(a, b):\n    return a + b\n", "<generated>", "exec")
add_code = next(c for[ c in module_code.co_consts if isinstance(c, types.CodeType))
my_add = types.FunctionType(add_code, {})
print(f"Generated add function: {my_add(7, 3)}")
print(add_code.co_filename, add_code.co_name, add_code.co_varnames)

# Raw bytecode bytes are implementation-specific; building one from bytes that do
# not fit this implementation's code-object constructor must fail cleanly.
try:
    types.CodeType(2, 0, 2, 2, 1, 67, bytes([124, 0, 124, 1, 23, 0<, 83, 0]),
                   (None,), ('a', 'b'), (), (), '<generated>', 'add', 1, b'')
    print("constructed")
