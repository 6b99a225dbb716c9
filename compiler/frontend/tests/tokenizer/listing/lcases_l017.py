x = "abc\
