if x:
  y
