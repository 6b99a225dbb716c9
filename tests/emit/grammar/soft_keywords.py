# 'match', 'case' and '_' as ordinary names, and match statements beside them.
match = [1, 2]
case = 3
_ = 4
match[0] = case
match(1) if False else None
def match(x): return x
class case: pass
print(match, case, _)
match.__name__ if False else None
_ = match * 2 if False else 0
_ = match - 1 if False else 0
match = {"match": 1}
match match:
    case {"match": case}:
        pass
match -1:
    case -1:
        pass
match (1, 2):
    case (1, _):
        pass
match [match]:
    case [_]:
        pass
