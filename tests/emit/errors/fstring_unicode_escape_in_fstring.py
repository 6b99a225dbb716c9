x = f"{a}\u12"
