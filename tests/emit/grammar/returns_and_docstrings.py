"""Module docstring."""
def f():
    """Function docstring."""
    return
def g():
    return 1
def h():
    return 1, 2
def i():
    return *[1], 2
def j():
    return (yield)
def k():
    return lambda: 0
def l():
    return [x for x in range(3)]
class C:
    """Class docstring."""
def m():
    'single-quoted docstring'
def n():
    r'''raw docstring \n'''
def o():
    b"bytes is not a docstring"
def p():
    f"f-string is not a docstring"
def q():
    1
    "string after a statement"
