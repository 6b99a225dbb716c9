# Positions of f-string parts: multi-line strings, fields after newlines,
# runs spanning lines, non-ASCII before fields.
a = f"""first {x}
second {y} and {z +
w}
{
v}   {  u
}"""
b = (f'one {x}'
     f'two {y}'
     'three')
c = (
    'plain'
    f'{x}'
)
d = f'é{x}ü{y}'
e = 'é' f'{x}' 'ü' f'{y:{w}}'
def func():
    return f'{a!r:>{width}} {b}'
f = u'kind' f'{x}' 'tail'
g = f'{x:{y}}' f'{z:{w}}' '!'
h = f"""
{x}"""
i = f'''{x
}'''
j = f'{x}' \
    f'{y}'
k = [f'{i}' for i in range(3)]
l = f'{x:a{y}b}' 'c'
