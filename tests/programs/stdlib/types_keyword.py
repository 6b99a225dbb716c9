import types
import keyword
import sys


def f():
    pass


def g():
    yield 1


class C:
    def m(self):
        pass


print(types.FunctionType is type(f), types.LambdaType is type(lambda: 0))
print(types.GeneratorType is type(g()), types.MethodType is type(C().m))
print(types.ModuleType is type(sys), types.BuiltinFunctionType is type(len))
print(types.CodeType is type(f.__code__), types.NoneType is type(None))
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1]))
M = types.ModuleType('mymod')
M.x = 3
print(M.__name__, M.x)
bound = types.MethodType(lambda self, y: (self, y), 'obj')
print(bound(2))
Dyn = types.new_class('Dyn', (C,), {}, lambda ns: ns.update({'z': 9}))
print(Dyn.__name__, Dyn.z, Dyn.__mro__[1] is C)
print(keyword.iskeyword('while'), keyword.iskeyword('match'), keyword.issoftkeyword('match'))
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
