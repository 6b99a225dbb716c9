if x:
  y
    