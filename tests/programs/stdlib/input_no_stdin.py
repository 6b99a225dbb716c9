# input() with standard input closed: the prompt is printed, then the
# uncaught EOFError ends the program with a traceback.
print("before")
name = input("name? ")
print("never", name)
