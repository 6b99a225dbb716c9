0b
