x = 1; y = 2; z = 3;
if x: a = 1; b = 2
for i in []: pass; pass
class C: x = 1; y = 2
