class A(*bases, ( **kw): pass
