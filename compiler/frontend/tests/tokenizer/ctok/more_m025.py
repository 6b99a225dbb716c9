x = 0o_
