bu"x"
