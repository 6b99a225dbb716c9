x = bu'abc'
