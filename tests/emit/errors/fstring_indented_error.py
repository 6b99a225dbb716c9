if x:
    y = f"{a!z}"
