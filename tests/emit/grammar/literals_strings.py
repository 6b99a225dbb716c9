# Every string prefix form, quoting and escape.
s = ['a', "b", '''c''', """d""", '', "", '''''', """"""]
p = [r'raw\n', R"RAW\t", u'uni', U"UNI", b'bytes', B"BYTES"]
q = [br'x\y', Br'x', bR'x', BR'x', rb'x', rB'x', Rb'x', RB'x']
e = ['\n\t\r\\\'\"\a\b\f\v\0', '\x41\101\u00e9\U0001F600', '\N{BULLET}']
be = [b'\x00\xff\n\\', b'\101']
cont = 'line one \
line two'
tri = """multi
line "with" 'quotes'
  and \
continuation"""
tri2 = '''it's
'''
concat = 'a' 'b' "c" '''d'''
bconcat = b'a' b"b"
paren = ('implicit '
         'concatenation '
         "across lines")
uni = 'héllo wörld ✓ 日本語'
empty_raw = r''
raw_quote = r'\''
raw_bs = r'a\\'
