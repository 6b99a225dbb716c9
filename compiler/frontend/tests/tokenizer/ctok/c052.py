1is x
