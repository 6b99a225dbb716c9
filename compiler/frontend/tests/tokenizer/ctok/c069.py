ünïcode = 1
ℌ = 2
