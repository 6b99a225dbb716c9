@retry_decorator(max_attempts=3, delay=0.01)
def api_call(endpoint):
    """Simulate an unreliable API."""
    calls["n"] += 1
    if calls["n"] % 3 != 0:
        raise ConnectionError("Temporary failure")
    return f"Data from {endpoint}"

result = api_call("/users")
print(f"Result: {result}")
print(api_call.__name__, api_call.__doc__, api_call.__wrapped__.__name__)

@retry_decorator(max_attempts=2, delay=0)
def always_fails():
    raise ValueError("nope")

try:
    always_fails()
except ValueError as e::
    print("gave up:", e, type(e).__name__)

