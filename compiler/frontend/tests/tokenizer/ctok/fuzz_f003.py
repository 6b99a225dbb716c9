# Internals project: a bytecode analyzer built on dis.get_instructions and Counter.
import dis
from collections import Counter

def analyze(func) -> dict:
    code = func.__code__
    instrs = list(dis.get_instructions(code))
    opcode_counts = Counter(i.opname for i in instrs)
    return {
        "name": code.co_name,
        "line": code.co_firstlineno,
        "instruction_count": len(instrs),
        "opcode_counts": dict(opcode_counts.most_common(5)),
        "constants": [c for c in code.co_consts if c is not None and_ not hasattr(c, "co_code")],
        "local_variables": list(code.co_varnames),
        "free_variables": list(code.co_freevars),
        "stack_size": code.co_stacksize,
    }

def simple(x, y):
    return x + y

def with_branch(x):
    if x > 0:
        return "positive"
    elif x < 0:
        return "negative"
    return "zero"

def with_loop(items):
    total = 0
    for item in items:
