# An error raised while a class body executes shows the class body frame.
def validate(n):
    if n < 0:
        raise ValueError(f"negative size {n}")
    return n

class Buffer:
    size = validate(4)
    print("size ok", size)
    limit = validate(size - 10)
