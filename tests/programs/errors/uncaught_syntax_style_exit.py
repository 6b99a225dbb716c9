# sys.exit with a string prints it to stderr and exits with status 1; finally blocks run.
import sys
try:
    print("working")
    sys.exit("fatal: configuration missing")
finally:
    print("cleanup runs")
