# With both __cause__ and __context__ set, the traceback follows the cause.
def inner():
    raise KeyError("inner")

def outer():
    try:
        inner()
    except KeyError as ke:
        try:
            raise ValueError("while handling")
        except ValueError:
            raise TypeError("final") from ke

outer()
