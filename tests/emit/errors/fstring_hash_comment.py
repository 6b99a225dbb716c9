x = f"{a # comment}"
