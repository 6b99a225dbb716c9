import operator
it = iter([1, 2, 3]); next(it)
print(it.__length_hint__(), iter((1, 2)).__length_hint__(), operator.length_hint(iter([1, 2])))
l = [1, 2]; it = iter(l); l.append(3); print(operator.length_hint(it)); list(it); print(it.__length_hint__())
l = [1, 2, 3]; it = iter(l); next(it); next(it); l.clear(); print(it.__length_hint__())
print(operator.length_hint(iter(()), 5), list(iter([4, 5])))
