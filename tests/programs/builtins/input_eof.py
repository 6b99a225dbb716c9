print("before input")
try:
    line = input()
except EOFError as e:
    print("EOFError:", e)
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError again:", e)
print("after input")
