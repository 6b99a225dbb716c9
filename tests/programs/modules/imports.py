import _helper
import _helper as again
from _helper import VALUE, greet
import pkg
from pkg import *
from pkg.sub import double as dbl
import sys
print(_helper.VALUE, VALUE, greet("pyc"), again is _helper)
print(pkg.double(4), double(5), TRIPLE, dbl(6), pkg.sub.double(7))
print(__name__, _helper.__name__, pkg.__name__, pkg.sub.__name__)
print("_helper" in sys.modules, sys.version_info[:2] >= (3, 11), type(sys.argv).__name__)
if __name__ == "__main__":
    print("running as main")
