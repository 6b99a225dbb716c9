import operator
print(operator.add(1, 2), operator.neg(3), operator.not_(0), operator.contains([1], 1), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'), operator.length_hint(iter([1, 2])))
print(repr(operator.itemgetter(1)), repr(operator.attrgetter('a.b', 'c')), repr(operator.methodcaller('f', 1, k=2)))
print(sorted([(1, 'b'), (0, 'c')], key=operator.itemgetter(1)), operator.iadd([1], [2]), operator.concat('a', 'b'))
