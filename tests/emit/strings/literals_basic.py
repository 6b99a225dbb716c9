# Plain string and bytes literals: every prefix, quotes, concatenation.
a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = u'unicode prefix'
f = U"upper u has no kind"
g = r'raw \n stays' R"RAW \t"
h = b'bytes' B"BYTES" br'\x00raw' Rb"\d" bR'x' BR"y"
i = 'implicit' "concatenation" '''of''' """four"""
j = u'first u' 'gives kind u'
k = 'plain first' u'then u'
l = ''
m = b''
n = "it's" 'say "hi"' '\'' "\""
o = ('parenthesized'
     'across'
     "lines")
p = x['key'] + y["other"]
q = """"quoted" inside"""
r = ''' '' ' '''
s = 'a' \
    'continued'
def doc():
    """A docstring."""
class C:
    'class docstring'
t = [b'a' b'b', 'c' 'd']
