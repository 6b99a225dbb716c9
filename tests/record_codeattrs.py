#!/usr/bin/env python3
"""Record CPython 3.11's code-object attributes for the code corpus.

For every NAME.py in tests/emit/code and tests/emit/seed (or the files
given on the command line), writes NAME.codeattrs: every code object of the module
(depth first, in co_consts order) with the attributes a program can observe
(co_name, co_qualname, co_firstlineno, argument counts, co_nlocals,
co_flags, co_varnames, co_cellvars, co_freevars, co_names, co_consts).
Nested code objects in co_consts print as <code QUALNAME>; frozensets print
with their items sorted (their iteration order is hash-dependent).

Usage: python3 tests/record_codeattrs.py [NAME.py ...]
"""
import os
import sys


def crepr(c):
    if hasattr(c, "co_code"):
        return "<code %s>" % c.co_qualname
    if type(c) is tuple:
        items = [crepr(x) for x in c]
        if len(items) == 1:
            return "(%s,)" % items[0]
        return "(%s)" % ", ".join(items)
    if type(c) is frozenset:
        if not c:
            return "frozenset()"
        return "frozenset({%s})" % ", ".join(sorted(crepr(x) for x in c))
    return repr(c)


def names(t):
    return "(" + ", ".join(repr(x) for x in t) + ("," if len(t) == 1 else "") + ")"


def dump(code, out):
    out.append("== %s" % code.co_qualname)
    out.append("name: %s" % code.co_name)
    out.append("firstlineno: %d" % code.co_firstlineno)
    out.append("argcount: %d posonly: %d kwonly: %d nlocals: %d" % (
        code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_nlocals))
    out.append("flags: 0x%x" % code.co_flags)
    out.append("varnames: %s" % names(code.co_varnames))
    out.append("cellvars: %s" % names(code.co_cellvars))
    out.append("freevars: %s" % names(code.co_freevars))
    out.append("names: %s" % names(code.co_names))
    out.append("consts: %s" % crepr(tuple(code.co_consts)))
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            dump(c, out)


def record(path):
    with open(path, "rb") as f:
        src = f.read()
    code = compile(src, os.path.basename(path), "exec", dont_inherit=True)
    out = []
    dump(code, out)
    with open(path[:-3] + ".codeattrs", "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    paths = sys.argv[1:]
    if not paths:
        for sub in ("emit/code", "emit/seed"):
            d = os.path.join(here, sub)
            paths += sorted(os.path.join(d, n) for n in os.listdir(d) if n.endswith(".py"))
    for p in paths:
        record(p)


if __name__ == "__main__":
    main()
