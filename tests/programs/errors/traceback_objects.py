# Traceback objects: tb_next chains across frames, re-raise vs raise e, __exit__ tracebacks, with_traceback.
import sys
def a():
    raise ValueError("deep")
def b():
    a()
def c():
    try:
        b()
    except ValueError as e:
        raise
try:
    c()
except ValueError as e:
    tb = e.__traceback__
    chain = []
    while tb:
        chain.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(chain)
def d():
    try:
        b()
    except ValueError as e:
        raise e
try:
    d()
except ValueError as e:
    tb = e.__traceback__
    chain = []
    while tb:
        chain.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(chain)
class CM:
    def __exit__(self, et, ev, tb):
        print(et.__name__, ev, tb.tb_frame.f_code.co_name, tb.tb_lineno, type(tb.tb_next).__name__)
        return True
    def __enter__(self):
        return self
def in_with():
    with CM():
        a()
in_with()
e = ValueError()
print(e.__traceback__)
try:
    raise e
except ValueError:
    pass
first = e.__traceback__.tb_lineno
try:
    raise e
except ValueError:
    pass
t = e.__traceback__
print(first, t.tb_lineno, t.tb_next is None)
e2 = KeyError().with_traceback(t)
print(e2.__traceback__ is t)
try:
    raise e2
except KeyError as k:
    print(k.__traceback__.tb_lineno, k.__traceback__.tb_next is t)
print(sys.exc_info()[2])
try:
    1/0
except ZeroDivisionError:
    print(sys.exc_info()[2].tb_frame is sys._getframe(), sys.exc_info()[2].tb_lasti >= 0)
try:
    e.__traceback__ = 5
except TypeError as err:
    print(err)
e.__traceback__ = None
print(e.__traceback__)
