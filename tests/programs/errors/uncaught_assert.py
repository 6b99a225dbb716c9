# A failing assert with a message, uncaught.
def check_positive(values):
    for v in values:
        assert v > 0, f"value must be positive, got {v}"
    return True

print(check_positive([1, 2]))
check_positive([3, -4])
