1.0not in x
