x = f"{a!r:{b!x}}"
