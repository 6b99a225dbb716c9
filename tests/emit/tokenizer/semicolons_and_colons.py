x = 1; y = 2;
if x: y = 3
class C: pass
lambda: 0
