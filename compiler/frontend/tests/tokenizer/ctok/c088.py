foo(a, b
bar = 1
