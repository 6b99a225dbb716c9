def cleanup():
    raise RuntimeError("cleanup failed")


try:
    [].pop()
except IndexError:
    cleanup()
