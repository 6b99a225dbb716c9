x = ·a
