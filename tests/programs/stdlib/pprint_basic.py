# pprint: layout of nested containers at several widths/indents/depths,
# compact mode, strings and bytes, collections types, dataclasses.
import pprint, collections, dataclasses
data = {"name": "example", "values": list(range(30)), "nested": {"a": [1, 2, {"deep": ("x", "y") * 8}], "b": {3, 1, 2}, "c": frozenset({"q", "p"})}, "text": "lorem ipsum dolor sit amet " * 6, "bytes": b"0123456789" * 12, "tuple1": (1,), "empty": {}, "none": None, 10: "int key", 2.5: "float"}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, compact=True, width=60)
pprint.pprint(data, depth=2)
pprint.pp({"z": 1, "a": [2] * 40})
print(pprint.pformat([[1, 2], [3, 4]] * 8, width=30))
r = [1, 2]; r.append(r)
print(pprint.pformat(r).replace(str(id(r)), "ID")); print(pprint.isrecursive(r), pprint.isreadable(r), pprint.saferepr(r)[:30])
print(pprint.isreadable([1, "a"]), pprint.isreadable(object()))
pprint.pprint(collections.OrderedDict((str(i), i * 1000) for i in range(12)))
pprint.pprint(collections.defaultdict(list, {k: list(range(k)) for k in range(8, 12)}))
pprint.pprint(collections.Counter("abracadabra" * 5), width=30)
pprint.pprint(collections.deque(range(40), maxlen=50))
@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str = "a fairly long label for this point object"
    tags: list = dataclasses.field(default_factory=lambda: ["t" * 10] * 5)
pprint.pprint([Point(1, 2), Point(3, 4)])
pprint.pprint("short"); pprint.pprint("line one\nline two " * 10)
pprint.pprint({"k": "v" * 100})
pprint.pprint([{"id": i, "name": "user%d" % i, "roles": ["admin", "dev"][: i % 3]} for i in range(5)])
pprint.pprint({(1, "a"): 1, (0, "b"): 2, "s": 3}, width=20)
pprint.pprint(set(range(30)), width=50)
pprint.pprint(12345678, underscore_numbers=True)
pprint.pprint({"n": 10**12}, underscore_numbers=True)
pprint.PrettyPrinter(width=20).pprint(list("abcdefghij"))
