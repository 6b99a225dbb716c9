# An exception group that except* only partly handles propagates the rest.
def work():
    raise ExceptionGroup("batch", [ValueError("bad value"), OSError("disk"), ValueError("other")])

try:
    work()
except* ValueError as g:
    print("handled", len(g.exceptions), "value errors")
