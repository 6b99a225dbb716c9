if x:
  \
  \
  y
