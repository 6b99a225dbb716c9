# An uncaught NameError for a misspelled name gets CPython's "Did you mean" hint.
def compute(values):
    total = 0
    for value in values:
        total += valeu
    return total

print("start")
compute([1, 2])
