# global, nonlocal, del, assert, import forms, pass.
import os
import os.path
import os.path as osp, sys
import collections.abc as cabc
from os import path
from os import path as p, sep
from os import (path, sep,)
from os import (
    getcwd,
    listdir as ld,
)
from os.path import *
counter = 0
def g():
    global counter
    global counter, os
    counter += 1
def outer():
    a = b = 1
    def inner():
        nonlocal a
        nonlocal a, b
        a += 1
    return inner
x = [1, 2, 3]
del x[0]
del x[0], x[0:1]
del (x)
y = z = 1
del y, z
w = [1]
del [w]
assert True
assert 1 == 1, "message"
assert (1, "tuple is always true")
pass
