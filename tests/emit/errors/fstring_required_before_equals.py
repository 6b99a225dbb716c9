x = f"a{=}b"
