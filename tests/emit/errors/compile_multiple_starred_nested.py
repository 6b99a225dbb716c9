a, (*b, *c) = d
