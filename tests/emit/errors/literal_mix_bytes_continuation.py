x = "a" \
  b"b"
