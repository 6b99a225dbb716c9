# sorted() with tuple keys, mixed reverse criteria, None handling via keys, and operator helpers.
from operator import itemgetter, attrgetter, methodcaller
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cat", 31, "la"), ("dan", 25, "nyc"), ("eve", 40, "sf")]
print(sorted(people, key=itemgetter(1)), sorted(people, key=itemgetter(1, 0)), sorted(people, key=lambda p: (-p[1], p[2])))
print(sorted(people, key=itemgetter(2), reverse=True), [p[0] for p in sorted(sorted(people, key=itemgetter(0), reverse=True), key=itemgetter(1))])
class P:
    def __init__(self, name, score):
        self.name, self.score = name, score
    def __repr__(self):
        return f"{self.name}:{self.score}"
ps = [P("x", 3), P("y", 1), P("z", 3), P("w", None)]
print(sorted(ps, key=lambda p: (p.score is None, p.score or 0)), sorted([p for p in ps if p.score], key=attrgetter("score", "name")))
words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(sorted(words, key=methodcaller("casefold")), sorted(words, key=lambda w: (w.lower(), w)), sorted(set(map(str.lower, words))))
print(sorted(range(10), key=lambda x: (x % 3, -x)), sorted("hello world", key=lambda c: (c == " ", c)), sorted([[3, 1], [2], [3, 0, 5]], key=len))
nested = {"b": [3, 1], "a": [2], "c": []}
print(sorted(nested.items(), key=lambda kv: len(kv[1])), sorted(nested, key=lambda k: sum(nested[k]), reverse=True), max(nested.items(), key=lambda kv: len(kv[1])))
try:
    sorted([(1, None), (1, 2)])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2], key=lambda x: None)
    print("all-None keys sort fine")
except TypeError as e:
    print("TypeError", e)
try:
    sorted([3, 1, 2], key=lambda x: [x] if x != 2 else "s")
except TypeError as e:
    print("TypeError", e)
