def work():
    errors = [ValueError("bad value"), TypeError("bad type")]
    raise ExceptionGroup("two failures", errors)


print("start")
work()
