if x:
    pass
  \
    y
