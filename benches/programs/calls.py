"""Python-to-Python function calls with positional, default and keyword arguments."""
def add(a, b):
    return a + b
def scaled(a, b=2, *, c=1):
    return a * b + c
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def main():
    acc = 0
    for i in range(300_000):
        acc = add(acc, i) - scaled(i, c=i & 3)
    print(acc, fib(24))
main()
