x = u'' f'{x:a{y}b}' f'{z:{{w}}}'
y = u'a' f''
z = U'a' f'{x}'
