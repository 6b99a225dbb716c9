# List, tuple, set and dict displays.
empty = [], (), {}, set()
lists = [1], [1, 2], [1, 2,], [[1], [2, [3]]]
tuples = (1,), (1, 2), (1, 2,), 1, 2, ((1,),)
sets = {1}, {1, 2}, {1, 2,}, {(1, 2)}
dicts = {1: 2}, {1: 2, 3: 4}, {1: 2,}, {"a": {"b": {"c": {}}}}
merged = {**{}, 1: 2, **{3: 4}}
nested = [{"k": (1, [2, {3}])}]
multiline = {
    "one": 1,
    "two": [
        2,
        2.0,
    ],
}
parenthesized = (((1)))
gen_in_parens = (x for x in ())
tuple_of_one_expr = (1 + 2,)
key_exprs = {1 + 1: 2 * 2, "a" "b": [], (1, 2): (3, 4), None: ..., lambda: 0: 1}
