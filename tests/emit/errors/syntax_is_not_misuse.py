x = a is not
