t = (1, 2, 3, 2)
print(t.index(2), t.index(2, 2), t.index(2, -1), t.count(2), t.index(3, -100, 100))
try: t.index(9)
except ValueError as e: print(e)
try: t.index(2, 0, 1)
except ValueError as e: print(e)
try: t.index()
except TypeError as e: print(e)
try: t.index(1, 'a')
except TypeError as e: print(e)
class Q(tuple): pass
print(Q((5, 5)).count(5), ().count(1), (float('nan'),).count(float('nan')))
from typing import List
class MyList(List[int]): pass
print(MyList.__mro__)
