s = 'abc' 'def'
