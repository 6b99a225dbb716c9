# sys.stdin as a text stream: readline, read(n), iteration, readlines.
import sys

print(sys.stdin.name, sys.stdin.mode, sys.stdin.encoding, sys.stdin.fileno())
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdin.closed)
first = sys.stdin.readline()
print(repr(first))
print(repr(sys.stdin.readline(4)), repr(sys.stdin.readline()))
print(repr(sys.stdin.read(5)))
count = 0
for line in sys.stdin:
    count += 1
    print(count, repr(line.rstrip("\n")), len(line))
    if line.startswith("--"):
        break
rest = sys.stdin.readlines()
print(rest)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), list(sys.stdin))
try:
    sys.stdin.read("3")
except TypeError as e:
    print("TypeError:", e)
words = sum(len(l.split()) for l in rest)
print("words", words)
