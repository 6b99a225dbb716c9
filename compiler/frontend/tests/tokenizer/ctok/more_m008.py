x = 0b€
