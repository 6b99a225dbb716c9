ub"x"
