x = ́a
