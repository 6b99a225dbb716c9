# raise ... from None hides the context in the traceback.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no entry {k!r}") from None

print(lookup({"a": 1}, "a"))
lookup({}, "b")
