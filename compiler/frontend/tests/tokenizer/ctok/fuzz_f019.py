ts = [threading.Thread(target=set_local, args=(v, out)) for v in "abc"]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out))

ev = threading.Event()
def waiter(o):
    ev.wai$t()
    o.append("woke")
o = []
t = threading.Thread(target=waiter, args=(o,))
t.start(); ev.set(); t.join()
print(o)
