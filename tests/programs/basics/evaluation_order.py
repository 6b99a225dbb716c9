log = []


def v(name, value=None):
    log.append(name)
    return name if value is None else value


def show(label):
    print(label, log)
    log.clear()


v("f", lambda *a, **k: None)(v("a1"), v("a2"), k=v("kw"), end=v("end", "\n"))
show("call args:")
d = {v("k1"): v("v1"), v("k2"): v("v2")}
show("dict display:")
x = [v("e1"), v("e2")][v("i", 0)]
show("subscript:")
v("obj", {})[v("key")] = v("value")
show("assignment target after value:")
a = b = v("rhs")
show("chained assignment:")
v("left", 1) + v("right", 2) * v("mul", 3)
show("binary ops:")
v("c1", 1) < v("c2", 2) < v("c3", 0) < v("c4", 5)
show("chained comparison short-circuit:")
v("t", True) or v("never")
v("f", False) and v("never")
v("x", 0) or v("y", 1) and v("z", 2)
show("boolean short-circuit:")
v("cond", True) and v("yes") if v("test", 1) else v("no")
show("conditional expression:")
[v(f"item{i}") for i in range(2) if v(f"cond{i}", True)]
show("comprehension:")
lst = [0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
t = v("ta", 1), v("tb", 2)
show("tuple:")
f"{v('fa')}{v('fb')}"
show("f-string:")
def defaults(p=v("default evaluated at def time")):
    return p
show("def:")
class K(v("base", object), metaclass=v("meta", type)):
    v("class body")
show("class:")
@v("deco1", lambda f: f)
@v("deco2", lambda f: f)
def decorated():
    pass
show("decorators:")
x = {**v("m1", {}), **v("m2", {})}
v("s1", [])[v("s2", 0):v("s3", 0)] = v("s4", [])
show("slice assign:")
