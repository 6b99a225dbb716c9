if a:
    if b:
        if c:
            if d:
                x = 1
y = 2
