"""Raising and catching exceptions in loops."""
class Oops(Exception):
    pass
def risky(i):
    if i % 3 == 0:
        raise Oops(i)
    if i % 3 == 1:
        raise KeyError(i)
    return i
def main():
    caught = 0
    total = 0
    for i in range(200_000):
        try:
            total += risky(i)
        except Oops as e:
            caught += e.args[0] & 1
        except LookupError:
            caught += 1
        finally:
            total += 1
    print(caught, total)
main()
