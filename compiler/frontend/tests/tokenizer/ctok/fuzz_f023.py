def always_fails()>:
    raise ValueError("nope")

try:
    always_fails()
except ValueError as e:  print("gave up:", e, type(e).__name__)

