#!/usr/bin/env python3
"""Write benches/data/big10k.py: a realistic, deterministic 10,000-line program.

The program is made of many independent "modules" (sections) of ordinary
application code: dataclass-like classes with methods and properties, free
functions with loops, comprehensions, f-strings, try/except, dict/list
manipulation, generators, decorators, lambdas, match statements and async
functions. Each section is generated from a seeded PRNG so the file is the
same on every run. The file compiles under CPython 3.11 (checked at the end)
and also runs (it only defines things and runs a small self-check at the end).

Usage: python3 benches/gen_big10k.py [--lines N] [--out PATH]
"""

import argparse
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

WORDS = ("alpha beta gamma delta epsilon zeta theta kappa lambda_ sigma omega "
         "item order user account record entry node edge graph cache queue "
         "price total count index value weight score limit offset buffer").split()


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.lines = []
        self.n = 0

    def word(self):
        return self.rng.choice(WORDS)

    def name(self, prefix=""):
        self.n += 1
        return f"{prefix}{self.word()}_{self.n}"

    def emit(self, text=""):
        self.lines.extend(text.split("\n"))

    def function(self, indent="", method=False):
        fname = self.name("compute_")
        a, b = self.word(), self.word() + "_b"
        body = self.rng.choice([self._loop_body, self._comp_body, self._try_body,
                                self._dict_body, self._match_body, self._string_body])
        first = "self, " if method else ""
        self.emit(f"{indent}def {fname}({first}{a}, {b}=None, *extra, scale: float = 1.0, **options):")
        self.emit(f'{indent}    """Compute {fname.replace("_", " ")} from {a} and {b}."""')
        for line in body(a, b):
            self.emit(indent + "    " + line)
        self.emit("")
        return fname

    def _loop_body(self, a, b):
        k = self.rng.randint(2, 9)
        return [
            "result = []",
            f"for i, value in enumerate({a} or range({k})):",
            f"    if i % {k} == 0:",
            "        continue",
            "    elif value is None:",
            "        break",
            f"    result.append(value * scale + (i ** 2) // {k})",
            "else:",
            "    result.append(-1)",
            "total = 0",
            "while result and total < 1_000_000:",
            "    total += result.pop() or 1",
            f"return total if {b} is None else (total, {b})",
        ]

    def _comp_body(self, a, b):
        k = self.rng.randint(2, 7)
        return [
            f"values = [x * {k} for x in range(len({a} or ())) if x % 2 == 0]",
            f"lookup = {{str(x): x ** 2 for x in values if x > {k}}}",
            "unique = {v % 10 for v in values}",
            "pairs = [(x, y) for x in values[:5] for y in unique if x != y]",
            "gen = (p[0] + p[1] for p in pairs)",
            f"return sum(gen), sorted(lookup.items(), key=lambda kv: (-kv[1], kv[0]))[:{k}], {b}",
        ]

    def _try_body(self, a, b):
        return [
            "try:",
            f"    ratio = len({a}) / (options.get('divisor') or 0)",
            "except ZeroDivisionError as exc:",
            "    ratio = float('inf')",
            "    message = f'division failed: {exc!r}'",
            "except (TypeError, ValueError):",
            "    ratio, message = 0.0, 'bad input'",
            "else:",
            "    message = f'ratio={ratio:.3f}'",
            "finally:",
            "    options.setdefault('calls', 0)",
            "    options['calls'] += 1",
            f"if {b} is not None and not isinstance({b}, (int, float)):",
            f"    raise TypeError(f'expected a number, got {{type({b}).__name__}}')",
            "return ratio * scale, message",
        ]

    def _dict_body(self, a, b):
        key = self.word()
        return [
            "index = {}",
            f"for position, entry in enumerate({a} or []):",
            f"    bucket = index.setdefault(entry.get('{key}', 'unknown'), [])",
            "    bucket.append((position, entry))",
            "merged = {**options, 'size': len(index), 'keys': sorted(index)}",
            "counts = {k: len(v) for k, v in index.items()}",
            "best = max(counts, key=counts.get, default=None)",
            f"merged['best'] = best if {b} is None else {b}",
            "merged.update((k, v * scale) for k, v in counts.items() if v > 1)",
            "return merged",
        ]

    def _match_body(self, a, b):
        return [
            f"match {a}:",
            "    case {'kind': 'point', 'x': x, 'y': y}:",
            "        return (x ** 2 + y ** 2) ** 0.5 * scale",
            "    case [first, *rest] if rest:",
            f"        return first, len(rest), {b}",
            "    case str() as text:",
            "        return text.upper()",
            "    case int(n) | float(n) if n > 0:",
            "        return n * scale",
            "    case None:",
            "        return extra",
            "    case _:",
            "        return options",
        ]

    def _string_body(self, a, b):
        w = self.rng.randint(4, 20)
        return [
            f"name = str({a}).strip().lower().replace(' ', '_')",
            "parts = [p for p in name.split('_') if p]",
            f"header = f'{{name!r:>{w}}} | {{len(parts):04d}} | {{scale:8.2f}}'",
            "lines = [header, '-' * len(header)]",
            "for i, part in enumerate(parts, start=1):",
            "    lines.append(f'{i:>3}. {part.title():<12} {part[::-1]}')",
            f"footer = 'total: %d parts, %s' % (len(parts), {b} or 'n/a')",
            "return '\\n'.join(lines + [footer])",
        ]

    def klass(self):
        cname = self.name("Model").title().replace("_", "")
        fields = [self.word() + f"_{i}" for i in range(self.rng.randint(2, 5))]
        self.emit(f"class {cname}(BaseModel):")
        self.emit(f'    """A {cname} record with {len(fields)} fields."""')
        self.emit("")
        self.emit(f"    __slots__ = {tuple(fields)!r}")
        self.emit(f"    kind = {cname.lower()!r}")
        self.emit("")
        params = ", ".join(f"{f}=None" for f in fields)
        self.emit(f"    def __init__(self, {params}):")
        self.emit("        super().__init__()")
        for f in fields:
            self.emit(f"        self.{f} = {f}")
        self.emit("")
        self.emit("    def __repr__(self):")
        shown = ", ".join(f"{f}={{self.{f}!r}}" for f in fields)
        self.emit(f"        return f'{cname}({shown})'")
        self.emit("")
        self.emit("    def __eq__(self, other):")
        self.emit("        if not isinstance(other, type(self)):")
        self.emit("            return NotImplemented")
        self.emit(f"        return all(getattr(self, f) == getattr(other, f) for f in {tuple(fields)!r})")
        self.emit("")
        self.emit("    @property")
        self.emit("    def weight(self):")
        self.emit(f"        return sum(len(str(getattr(self, f, ''))) for f in self.__slots__) * {self.rng.randint(1, 9)}")
        self.emit("")
        self.emit("    @classmethod")
        self.emit("    def from_dict(cls, data):")
        self.emit("        return cls(**{k: v for k, v in data.items() if k in cls.__slots__})")
        self.emit("")
        self.emit("    def to_dict(self):")
        self.emit("        return {f: getattr(self, f) for f in self.__slots__}")
        self.emit("")
        for _ in range(self.rng.randint(1, 3)):
            self.function(indent="    ", method=True)
        return cname

    def async_block(self):
        fname = self.name("fetch_")
        self.emit(f"async def {fname}(source, *, retries=3):")
        self.emit("    attempt = 0")
        self.emit("    while attempt < retries:")
        self.emit("        try:")
        self.emit("            async with source.session() as session:")
        self.emit("                rows = [row async for row in session.rows() if row]")
        self.emit("                return {'rows': rows, 'attempt': attempt}")
        self.emit("        except ConnectionError:")
        self.emit("            attempt += 1")
        self.emit("            await source.backoff(attempt)")
        self.emit("    raise TimeoutError(f'{source!r} failed after {retries} attempts')")
        self.emit("")

    def generator_block(self):
        fname = self.name("iter_")
        self.emit(f"def {fname}(items, size={self.rng.randint(2, 8)}):")
        self.emit("    batch = []")
        self.emit("    for item in items:")
        self.emit("        batch.append(item)")
        self.emit("        if len(batch) >= size:")
        self.emit("            yield tuple(batch)")
        self.emit("            batch.clear()")
        self.emit("    if batch:")
        self.emit("        yield tuple(batch)")
        self.emit("")
        self.emit("")
        self.emit(f"@trace({fname!r})")
        self.emit(f"def {fname}_sum(items):")
        self.emit(f"    return sum(sum(b) for b in {fname}(items))")
        self.emit("")


HEADER = '''"""Generated benchmark input: a realistic 10,000-line program (see gen_big10k.py)."""
from __future__ import annotations

import functools
import itertools
from collections import defaultdict


def trace(label):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            wrapper.calls += 1
            return fn(*args, **kwargs)
        wrapper.calls = 0
        wrapper.label = label
        return wrapper
    return decorate


class BaseModel:
    __slots__ = ()
    registry = defaultdict(list)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        BaseModel.registry[cls.__name__[0]].append(cls)

'''

FOOTER = '''

def _self_check():
    counts = {key: len(classes) for key, classes in sorted(BaseModel.registry.items())}
    batches = list(itertools.islice(({i} for i in range(10)), 3))
    return sum(counts.values()), batches


if __name__ == "__main__":
    print(_self_check())
'''


def generate(target_lines, seed=20261121):
    g = Gen(seed)
    g.emit(HEADER.rstrip("\n"))
    g.emit("")
    footer_lines = FOOTER.count("\n")
    while len(g.lines) < target_lines - footer_lines - 40:
        choice = g.rng.random()
        g.emit("")
        if choice < 0.35:
            g.klass()
        elif choice < 0.8:
            g.function()
        elif choice < 0.9:
            g.generator_block()
        else:
            g.async_block()
    text = "\n".join(g.lines).rstrip("\n") + "\n" + FOOTER
    lines = text.split("\n")
    # Pad with comment lines to land exactly on the target.
    missing = target_lines - (len(lines) - 1)
    if missing > 0:
        text = text.rstrip("\n") + "\n" + "".join(f"# padding {i}\n" for i in range(missing))
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=10_000)
    ap.add_argument("--out", default=os.path.join(HERE, "data", "big10k.py"))
    args = ap.parse_args()
    text = generate(args.lines)
    compile(text, args.out, "exec")  # must be valid Python 3.11
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w") as f:
        f.write(text)
    print(f"wrote {args.out}: {text.count(chr(10))} lines, {len(text)} bytes")


if __name__ == "__main__":
    main()
