# try/except* (exception groups, PEP 654).
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    pass
except* TypeError as e:
    pass
except* (KeyError, IndexError) as group:
    pass
else:
    pass
finally:
    pass
try:
    pass
except *ValueError:
    pass
def f():
    try:
        pass
    except* OSError as e:
        raise
