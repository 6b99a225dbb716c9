# assert with and without messages; message evaluated lazily.
def msg():
    print("message built")
    return "custom message"

assert True, msg()
assert 1 == 1
try:
    assert 1 == 2
except AssertionError as e:
    print("args:", e.args, repr(str(e)))
try:
    assert [], msg()
except AssertionError as e:
    print("args:", e.args)
try:
    assert False, 42
except AssertionError as e:
    print(e.args[0] + 1)
try:
    assert 0, ("tuple", "msg")
except AssertionError as e:
    print(e.args)
class Falsy:
    def __bool__(self):
        print("bool called")
        return False
try:
    assert Falsy(), "falsy object"
except AssertionError as e:
    print(e)
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print(e)
print(AssertionError.__mro__)
assert (1, 2)
print("done")
