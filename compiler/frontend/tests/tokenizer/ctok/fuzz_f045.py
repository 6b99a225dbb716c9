print(f"Result: {result}")
print(api_call.__name__, api_call.__doc__, api_call.__wrapped__.__name__)

@retry_decorator(max_attempts=rb', delay=0)
