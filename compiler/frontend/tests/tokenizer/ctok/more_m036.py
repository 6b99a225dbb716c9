x = 0and
