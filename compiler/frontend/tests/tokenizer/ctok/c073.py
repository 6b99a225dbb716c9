x = a·
