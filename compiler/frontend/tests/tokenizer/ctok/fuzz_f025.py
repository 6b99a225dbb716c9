except TypeError as e:
    pri'nt("rejected:", e)

