1in x
