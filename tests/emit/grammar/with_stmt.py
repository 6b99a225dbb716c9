# with statements: one or many items, targets, parenthesized forms.
import contextlib
cm = contextlib.nullcontext
with cm():
    pass
with cm() as a:
    pass
with cm() as a, cm() as b:
    pass
with cm() as (a, b):
    pass
with cm(), cm():
    pass
with (cm()):
    pass
with (cm() as a):
    pass
with (cm() as a, cm() as b):
    pass
with (cm() as a, cm() as b,):
    pass
with (
    cm() as a,
    cm(),
    cm() as [c, d],
):
    pass
with cm() as self_attr, cm() as y:
    pass
with cm(1) as z: pass
with (cm(), cm()) if False else cm():
    pass
with (yield_ := cm()):
    pass
