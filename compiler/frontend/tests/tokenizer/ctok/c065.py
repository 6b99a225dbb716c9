def f():
	if x:
		pass
	return
