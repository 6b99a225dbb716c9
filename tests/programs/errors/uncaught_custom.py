# Uncaught custom exception with a multi-line message and notes.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

def validate(record):
    if "name" not in record:
        err = ValidationError("name", "missing\nsecond line of detail")
        err.add_note("record was " + repr(record))
        raise err
    return True

print(validate({"name": "x"}))
validate({"age": 3})
