# input(): prompts go to stdout, lines come back without their newline,
# EOFError at the end of input.
import sys

total = 0
names = []
while True:
    try:
        line = input("> ")
    except EOFError as e:
        print()
        print("EOFError:", e, type(e).__name__)
        break
    if not line:
        print("(blank)")
        continue
    parts = line.split()
    if parts[0] == "add":
        total += sum(int(p) for p in parts[1:])
        print("total", total)
    else:
        names.append(line)
        print("hello,", line)
print(names, total)
try:
    input()
except EOFError as e:
    print("again:", e)
print(input.__name__, sys.stdin.read() == "")


class Prompt:
    def __str__(self):
        return "custom prompt: "


try:
    input(Prompt())
except EOFError:
    print("done")
