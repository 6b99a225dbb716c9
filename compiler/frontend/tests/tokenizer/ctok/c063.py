if 1:
  pass
  # c

