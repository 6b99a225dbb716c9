del (x := 1)
