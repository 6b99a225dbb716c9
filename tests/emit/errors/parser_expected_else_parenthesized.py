r = (a if b else c) if b a else b
