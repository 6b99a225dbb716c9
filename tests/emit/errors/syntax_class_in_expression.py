x = class C: pass
