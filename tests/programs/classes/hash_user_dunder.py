class C:
    def __hash__(self):
        return hash('RED')
x = C()
print(hash(x) == hash('RED'))
class D:
    def __hash__(self): return -1
print(hash(D()))
class E:
    def __hash__(self): return 2**70
print(hash(E()))
class F:
    def __hash__(self): return 2**61 - 1
print(hash(F()))
class G:
    def __hash__(self): return "x"
try: hash(G())
except TypeError as e: print(e)
class H:
    def __hash__(self): return True
print(hash(H()))
print(hash('RED') == hash('RED'))
print({x: 1}[x])
