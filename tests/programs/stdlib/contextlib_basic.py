import contextlib
@contextlib.contextmanager
def cm1(n):
    print('enter', n)
    try:
        yield n * 2
    finally:
        print('exit', n)
with cm1(3) as v: print('body', v)
try:
    with cm1(4): raise ValueError('boom')
except ValueError as ex: print('caught', ex)
@contextlib.contextmanager
def swallow():
    try: yield
    except KeyError: print('swallowed')
with swallow(): raise KeyError(1)
with contextlib.suppress(ZeroDivisionError): 1/0
print('after suppress')
class Res:
    def close(self): print('closed')
with contextlib.closing(Res()) as r: print(type(r).__name__)
with contextlib.nullcontext(5) as n: print(n)
with contextlib.ExitStack() as st:
    for i in range(3): st.enter_context(cm1(i))
    st.callback(print, 'callback')
@cm1(9)
def decorated(): print('in decorated')
decorated()
