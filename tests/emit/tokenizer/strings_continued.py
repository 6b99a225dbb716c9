x = "abc\
def"
y = 'a\
b\
c'
z = """line1
line2\
line3"""
