@decorator
@obj.attr(1)
def f(): pass
x = a @ b
