if x:
  a
	b
