x = f"{f'{a!z}'}"
