# json: dumps/loads round trips, formatting options, hooks, custom
# encoders, dump/load with files, and CPython's error messages.
import io
import json

data = {"name": "pyc", "version": [3, 11], "ratio": 0.5, "big": 2 ** 70, "ok": True,
        "none": None, "nested": {"list": [1, [2, [3]], {}], "empty": []},
        "text": "tab\tquote\"back\\slash\nnew é ☃ 😀 \x01\x7f"}
text = json.dumps(data)
print(text)
print(json.loads(text) == data)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data["nested"], indent="--", separators=(";", "=")))
print(json.dumps(data["text"], ensure_ascii=False))
print(json.dumps([1.0, -0.0, 1e16, 1.5e-7, 123456789.125, float("inf"), float("-inf"), float("nan")]))
print(json.dumps({3: "int", 1.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps((1, 2)), json.dumps("plain"), json.dumps(None), json.dumps(12), json.dumps({}), json.dumps([], indent=4))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, separators=(",", ":")))
print(json.dumps({(1, 2): "skip", "kept": 1}, skipkeys=True))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)


print(json.dumps([Point(1, 2), Point(3, 4)], cls=PointEncoder))
print(json.dumps({"p": Point(5, 6)}, default=lambda o: [o.x, o.y]))
print(PointEncoder(indent=1).encode({"a": Point(0, 0)}))
print(list(json.JSONEncoder().iterencode({"k": [1, 2]})))

print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "\\u00e9\\ud83d\\ude00\\n"}}'))
print(json.loads("  [1 , 2 ]\n"), json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"'), json.loads("-0"), json.loads("-0.0"))
print(json.loads("[NaN, Infinity, -Infinity]"), json.loads(b'{"bytes": true}'),
      json.loads(bytearray(b"[1]")), json.loads('"\\u00e9"'.encode("utf-16")))
print(json.loads('{"a": 1, "a": 2}'), json.loads("123456789012345678901234567890"))
print(json.loads('{"x": 1.25, "y": 2}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: sorted(pairs)))
print(json.loads('[{"x": 1}, {"y": 2}]', object_hook=lambda d: tuple(d.items())))
print(json.loads("[NaN]", parse_constant=lambda c: "const:" + c))
print(json.loads('"a\tb"', strict=False))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.decode(" [] "))

buf = io.StringIO()
json.dump({"stream": [1, 2, 3]}, buf, indent=1)
print(repr(buf.getvalue()))
buf.seek(0)
print(json.load(buf))

bad_docs = ["", "   ", "[1,]", '{"a":1,}', "{a:1}", '{"a" 1}', "[1 2]", '"abc', '"a\\x"', '"\\u12"',
            "[1] x", '"a\nb"', "nul", "01", ".5", "[", "{", '{"a":', "\ufeff[]", "[1,\n  2,\n  x]",
            '{"a"}', "[-]", "[,1]", '"\\u"']
for doc in bad_docs:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__module__)

cycle = []
cycle.append(cycle)
for bad in [lambda: json.dumps({(1, 2): 1}), lambda: json.dumps({1, 2}), lambda: json.dumps(b"x"),
            lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps(cycle),
            lambda: json.loads(5), lambda: json.dumps(1, bogus=True),
            lambda: json.dumps({1: 1, "a": 2}, sort_keys=True)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
