x = 09j
