x = áb
