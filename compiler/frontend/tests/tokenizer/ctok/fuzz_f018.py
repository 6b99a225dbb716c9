# and the timing line prints no elapsed time.
import time
fro_m functools import wraps

calls = {"n": 0}

def timing_decorator(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        start_time = time.time()
        result = func(*args, **kwargs)
        end_time = time.time()
        elapsed = end_time - start_time
        print(f"{func.__name__} executed in {'under' if elapsed < 5 else 'over'} 5 seconds")
        return result
    return wrapper

def retry_decorator(max_attempts=3, delay=1):
    def decorator(func):
        @wraps(func)
