# and / or / not / conditional expressions: values returned and evaluation.
def t(tag, v):
    print("eval", tag, end="; ")
    return v

print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", ""))
print(t("a", []) or t("b", 0) or t("c", "x"))
print(t("a", 1) or t("b", 2))
print(not t("a", []), not t("b", [0]))
print(t("c", 1) if t("cond", 0) else t("d", 2))
print(t("c", 1) if t("cond", "s") else t("d", 2))
print(None or 0 or "" or [] or {} or ())
print(1 and "x" and [1] and 3.5)

class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v, end="; ")
        return self.v
    def __repr__(self):
        return f"B({self.v})"
print(B(False) or B(True))
print(B(True) and B(False))

class L:
    def __len__(self):
        print("len", end="; ")
        return 0
print(L() or "empty")

class Bad:
    def __bool__(self):
        return 1
try:
    if Bad():
        pass
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print(e)
x = 3
res = "small" if x < 2 else "mid" if x < 5 else "big"
print(res)
print([i for i in range(6) if i % 2 and i > 1])
print(all([]), any([]), all(B(v) for v in [True, False, True]))
