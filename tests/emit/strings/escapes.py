# Escape sequences in str and bytes literals.
a = '\n\t\r\\\'\"\a\b\f\v\0'
b = '\x41\x7f\xff\u00e9\u20ac\U0001F600\U00000041'
c = '\101\60\7\777'
d = '\N{DIGIT ONE}\N{latin small letter a}\N{EM DASH}\N{BYTE ORDER MARK}'
e = 'line one\
line two'
f = b'\x00\xff\101\n\\\''
g = r'\x41\N{DIGIT ONE}\\', rb'\x41'
h = '\é\€' "\
"
i = '''a\
b\nc'''
j = b'\377\400'
k = 'tab\there'  'nul\x00' "del\x7f" "nbsp\xa0" "ls\u2028" 'soft\xad'
l = '\u0378\ud7ff\uffff\U000e0001\U0010ffff'
