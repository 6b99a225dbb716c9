# Expressions inside fields: calls, subscripts, comprehensions, strings.
a = f'{", ".join(str(v) for v in values)}'
b = f'{obj.attr.method(1, k=2)[0]:>{width}}'
c = f"{'quoted'!r:10}"
d = f'{[v * 2 for v in range(3)]}'
e = f'{ {k: v for k, v in items} }'
f = f'{lambda_result if cond else other}'
g = f"""{'''triple'''} {"double"}"""
h = f'{x:{"nested" if y else "other"}}'
i = f'{await_me}' f'{yield_me}'
j = f'{a[1:2]} {a[::2]} {a[b:c:d]}'
k = f'{-x} {+x} {~x} {not x}'
l = f'{x or y and z}'
m = f'{x.real:.{precision}f}'
