x = "a" f"{b}" b"c"
