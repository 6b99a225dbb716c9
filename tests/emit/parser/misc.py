# comments and blank lines

x = 1  # trailing comment
if x:
    # comment in block

    y = 2
\
z = 3
s = 'a' \
    'b'
def f(a,
      b):  # comment
    return (a
            + b)
class Ünïcode:
    ñame = "ü"
    def 変数(self): return "日本語" + ñame
t = "日本語"; u = t
x = [ä for ä in "äöü"]
print(ñame, Ünïcode.ñame)
if True:
	pass
x = {'a': 1,
     'b': [1, 2,
           3]}
