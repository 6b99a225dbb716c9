"""A small expression evaluator: tokenizer, recursive-descent parser, REPL-ish driver."""
import operator
import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "^": pow}
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}


def tokenize(text):
    pos = 0
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            break
        number, op = m.groups()
        pos = m.end()
        if number:
            yield float(number) if "." in number else int(number)
        elif op and not op.isspace():
            yield op


class Parser:
    def __init__(self, tokens):
        self.tokens = list(tokens)
        self.i = 0

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def next(self):
        tok = self.peek()
        self.i += 1
        return tok

    def parse(self, min_prec=1):
        lhs = self.atom()
        while (op := self.peek()) in PREC and PREC[op] >= min_prec:
            self.next()
            right_assoc = op == "^"
            rhs = self.parse(PREC[op] + (0 if right_assoc else 1))
            lhs = OPS[op](lhs, rhs)
        return lhs

    def atom(self):
        tok = self.next()
        if tok == "(":
            value = self.parse()
            if self.next() != ")":
                raise SyntaxError("expected )")
            return value
        if tok == "-":
            return -self.atom()
        if isinstance(tok, (int, float)):
            return tok
        raise SyntaxError(f"unexpected {tok!r}")


def evaluate(text: str) -> float | int:
    return Parser(tokenize(text)).parse()


for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "((2))"]:
    try:
        print(f"{expr:>15} = {evaluate(expr)}")
    except (SyntaxError, ZeroDivisionError) as e:
        print(f"{expr:>15} ! {type(e).__name__}: {e}")
