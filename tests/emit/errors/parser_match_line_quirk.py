match(x)
_ = = 3
