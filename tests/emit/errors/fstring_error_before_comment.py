x = f"{}"  # comment
