#!/usr/bin/env python3
"""Record CPython 3.11 goldens for the tokenizer's own tests.

For every ``ctok/NAME.py``: ``NAME.ctokens``, the C tokenizer's token stream
(``tokenize._generate_tokens_from_c_tokenizer``) in the format of
``pyc_frontend::tokenizer::dump_tokens``; when the C tokenizer stops with an
error code that only the parser turns into an exception (unclosed bracket,
EOF after a backslash, TabError, ...), the ``ERROR`` line is the SyntaxError
``compile()`` raises (an end offset of -1 is written as 0).

For every ``listing/NAME.py`` that ``python3 -m tokenize`` rejects:
``NAME.stderr``, the first line of what it prints to stderr (the rest is a
Python traceback for unexpected errors).

Usage: python3 record.py   (run from anywhere; rewrites every golden)
"""

import os
import subprocess
import sys
import token
import tokenize
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
CODE_ERRORS = (
    "was never closed",
    "unindent does not match",
    "inconsistent use of tabs",
    "unexpected EOF while parsing",
    "after line continuation",
    "too many levels of indentation",
)


def kind_name(exact):
    name = token.tok_name[exact]
    special = {"LPAR": "LPar", "RPAR": "RPar", "LSQB": "LSqb", "RSQB": "RSqb",
               "LBRACE": "LBrace", "RBRACE": "RBrace", "NOTEQUAL": "NotEqual",
               "EQEQUAL": "EqEqual", "RARROW": "RArrow", "ERRORTOKEN": "Op", "OP": "Op",
               "VBAR": "VBar", "VBAREQUAL": "VBarEqual", "ATEQUAL": "AtEqual",
               "MINEQUAL": "MinEqual", "COLONEQUAL": "ColonEqual",
               "ASYNC": "Name", "AWAIT": "Name"}
    if name in special:
        return special[name]
    words = {"LESS": "Less", "GREATER": "Greater", "EQUAL": "Equal", "DOUBLE": "Double",
             "STAR": "Star", "SLASH": "Slash", "LEFT": "Left", "RIGHT": "Right", "SHIFT": "Shift",
             "PLUS": "Plus", "MINUS": "Minus", "PERCENT": "Percent", "AMPER": "Amper",
             "CIRCUMFLEX": "Circumflex"}
    out, rest = "", name
    while rest:
        for w in sorted(words, key=len, reverse=True):
            if rest.startswith(w):
                out += words[w]
                rest = rest[len(w):]
                break
        else:
            return name.capitalize()
    return out


def ctokens(path):
    src = open(path, "rb").read().decode("utf-8")
    lines = []
    error = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            for t in tokenize._generate_tokens_from_c_tokenizer(src):
                lines.append("%s %r %s %s" % (kind_name(t.exact_type), t.string, t.start, t.end))
        except SyntaxError as e:
            error = e
        if error is None:
            try:
                compile(src, path, "exec")
            except SyntaxError as e:
                if any(m in e.msg for m in CODE_ERRORS):
                    error = e
    if error is not None:
        end = 0 if error.end_offset == -1 else error.end_offset
        lines.append("ERROR %s %r %s %s %s %s" % (type(error).__name__, error.msg, error.lineno,
                                                  error.offset, error.end_lineno, end))
    return "".join(l + "\n" for l in lines)


def main():
    for name in sorted(os.listdir(os.path.join(HERE, "ctok"))):
        if name.endswith(".py"):
            path = os.path.join(HERE, "ctok", name)
            with open(path[:-3] + ".ctokens", "w", encoding="utf-8", newline="\n") as f:
                f.write(ctokens(path))
    folder = os.path.join(HERE, "listing")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".py"):
            r = subprocess.run([sys.executable, "-m", "tokenize", name], cwd=folder,
                               capture_output=True)
            golden = os.path.join(folder, name[:-3] + ".stderr")
            if r.returncode == 0:
                sys.exit("record.py: tokenize accepts listing/%s" % name)
            first = r.stderr.decode("utf-8").splitlines()[0] + "\n"
            with open(golden, "w", encoding="utf-8", newline="\n") as f:
                f.write(first)


if __name__ == "__main__":
    main()
