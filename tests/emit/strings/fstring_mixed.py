a = f'{x:!<10}' f'{x:{y}:{z}}' f"{x:{'a'}}"
b = f'{"}"}' f'{x["}"]}' f"{'{'}"
c = f'{f"{x:>{w}}":^20}'
d = f'	{x}	{y}'
e = f'{x=!r:^20}' f'{x = !r}'
g = f'{(lambda x: x)(1)}'
h = f'{x:{{}}>10}'
i = f'{é}' f'{"é"}{x}' f"ü{é + 1}"
j = f"""{f'{x}'} {f'''{y}'''}"""
k = f'{x!r:{y!r}}'
l = (f'{x}'
  f'''{y}
  {z}''' "w")
m = f'''a
b {x:{y}
} c'''
n = f"{x:{y}}" f"{x:{y}d}"
o = print(f'{a}', f'{b}' f'{c}', sep=f'{d}')
p = {f'{k}': f'{v}' for k, v in f'{items}'}
q = f'{x!a}' fr'\N{x}'
r = f'\N{LATIN SMALL LETTER A}{x}\N{DIGIT ONE}'
s = f'{{{{x}}}}' f'{{{x}}}' f'}}{{'
t = f'{  x  =  }'
u = f'{x:{y}{{}}{z}}'
v = f'{3.14:.2f} {1_000:,} {0x10:#x}'
w = f'{x}' u'a'
y = f'''{
    x
}'''
z = f'{x:{y}}' if False else 0
aa = f'{x}' f'{y:{z}}' f'{w:a{v}b}' f'tail'
bb = f'''
    {a}
        {b:{c}}
'''
