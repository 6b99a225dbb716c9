import copy
lst = [[1, 2], {'a': [3]}]; sh = copy.copy(lst); dp = copy.deepcopy(lst)
print(sh[0] is lst[0], dp[0] is lst[0], dp == lst)
class Obj:
    def __init__(s): s.v = [1]
o = Obj(); o2 = copy.deepcopy(o); o3 = copy.copy(o); print(o2.v == o.v, o2.v is o.v, o3.v is o.v)
rec = []; rec.append(rec); r2 = copy.deepcopy(rec); print(r2[0] is r2)
