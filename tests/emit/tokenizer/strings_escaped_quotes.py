x = 'it\'s'
y = "say \"hi\""
z = '\\'
w = r'\''
