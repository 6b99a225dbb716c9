# A tiny expression language: tokenizer (generator), recursive-descent parser (classes,
# match), evaluator with environments (closures), and errors with custom exceptions.
from dataclasses import dataclass

class LangError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at {pos}")
        self.pos = pos

def tokens(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            yield ("num", int(src[i:j]), i)
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            word = src[i:j]
            yield ("kw" if word in ("let", "in", "fn") else "name", word, i)
            i = j
        elif c in "+-*/()=>,":
            if src.startswith("=>", i):
                yield ("op", "=>", i)
                i += 2
            else:
                yield ("op", c, i)
                i += 1
        else:
            raise LangError(f"bad character {c!r}", i)
    yield ("end", None, len(src))

@dataclass
class Num:
    value: int
@dataclass
class Var:
    name: str
@dataclass
class BinOp:
    op: str
    left: object
    right: object
@dataclass
class Let:
    name: str
    value: object
    body: object
@dataclass
class Fn:
    param: str
    body: object
@dataclass
class Call:
    fn: object
    arg: object

class Parser:
    def __init__(self, src):
        self.toks = list(tokens(src))
        self.i = 0
    def peek(self):
        return self.toks[self.i]
    def take(self, kind=None, value=None):
        tok = self.toks[self.i]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise LangError(f"expected {value or kind}, got {tok[1]!r}", tok[2])
        self.i += 1
        return tok
    def expr(self):
        match self.peek():
            case ("kw", "let", _):
                self.take()
                name = self.take("name")[1]
                self.take("op", "=")
                value = self.expr()
                self.take("kw", "in")
                return Let(name, value, self.expr())
            case ("kw", "fn", _):
                self.take()
                param = self.take("name")[1]
                self.take("op", "=>")
                return Fn(param, self.expr())
            case _:
                return self.sum()
    def sum(self):
        node = self.product()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            node = BinOp(op, node, self.product())
        return node
    def product(self):
        node = self.call()
        while self.peek()[1] in ("*", "/"):
            op = self.take()[1]
            node = BinOp(op, node, self.call())
        return node
    def call(self):
        node = self.atom()
        while self.peek()[1] == "(":
            self.take()
            arg = self.expr()
            self.take("op", ")")
            node = Call(node, arg)
        return node
    def atom(self):
        kind, value, pos = self.peek()
        if kind == "num":
            self.take()
            return Num(value)
        if kind == "name":
            self.take()
            return Var(value)
        if value == "(":
            self.take()
            e = self.expr()
            self.take("op", ")")
            return e
        raise LangError(f"unexpected {value!r}", pos)

def evaluate(node, env):
    match node:
        case Num(v):
            return v
        case Var(name):
            for scope in env:
                if name in scope:
                    return scope[name]
            raise NameError(f"unbound variable {name}")
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", l, r):
            return evaluate(l, env) // evaluate(r, env)
        case Let(name, value, body):
            return evaluate(body, [{name: evaluate(value, env)}, *env])
        case Fn(param, body):
            return lambda arg: evaluate(body, [{param: arg}, *env])
        case Call(fn, arg):
            return evaluate(fn, env)(evaluate(arg, env))
    raise TypeError(f"cannot evaluate {node!r}")

programs = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "let x = 5 in x * x - 1",
    "let add = fn a => fn b => a + b in add(2)(40)",
    "let twice = fn f => fn x => f(f(x)) in twice(fn n => n * 3)(7)",
    "let x = 1 in let f = fn y => x + y in let x = 100 in f(1)",
    "10 / (5 - 5)",
    "1 + ",
    "2 $ 3",
    "undefined + 1",
    "let f = fn x => x in f(1)(2)",
]
for src in programs:
    try:
        ast = Parser(src).expr()
        print(f"{src!r:52} -> {evaluate(ast, [{}])}")
    except LangError as e:
        print(f"{src!r:52} !! syntax: {e} (pos {e.pos})")
    except (ZeroDivisionError, NameError, TypeError) as e:
        print(f"{src!r:52} !! {type(e).__name__}: {e}")
print(Parser("let a = 1 in a").expr())
