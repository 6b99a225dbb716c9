x = b"\x00\xff\n\t\\"
y = "\N{EM SPACE}\u00e9\U0001F600\101"
z = "\d"
