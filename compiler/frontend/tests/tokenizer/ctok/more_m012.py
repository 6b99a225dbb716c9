x = 1j€
