x = "caf\xe"
