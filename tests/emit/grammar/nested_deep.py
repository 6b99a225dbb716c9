# Deeply (but legally) nested constructs.
x = ((((((((((((((((((((1))))))))))))))))))))
y = [[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]
z = {"a": {"b": {"c": {"d": {"e": {"f": {"g": {}}}}}}}}
w = - - - - - - - - - - - - - - - - - - - - 1
v = not not not not not not not not not not True
u = 1 + (2 * (3 - (4 / (5 ** (6 % (7 // (8 & (9 | 10))))))))
def f1():
    def f2():
        def f3():
            def f4():
                def f5():
                    def f6():
                        if True:
                            for i in range(1):
                                while True:
                                    with open("/dev/null"):
                                        try:
                                            return i
                                        except Exception:
                                            pass
                                    break
                    return f6
                return f5
            return f4
        return f3
    return f2
t = lambda: lambda: lambda: lambda: lambda: 0
s = [[x for x in [y for y in [z for z in [w for w in range(2)]]]]]
r = f"{f'{1}'}"
