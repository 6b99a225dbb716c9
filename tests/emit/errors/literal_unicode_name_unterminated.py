x = "\N{DIGIT ONE"
