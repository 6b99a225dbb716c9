class A: pass pass
