1else 2
