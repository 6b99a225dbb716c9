# Errors inside lambdas and comprehensions show their own frames.
table = {"a": 1}
get = lambda k: table[k]
print([get(k) for k in "a"])
print(sorted(["b", "a"], key=lambda k: get(k)))
