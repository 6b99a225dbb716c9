def handle(x):
    try:
        x()
    except* ValueError as eg:
        print("value", eg.exceptions)
    except* TypeError:
        print("type")
    else:
        print("fine")
    finally:
        print("finally")

def nested_try():
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise TypeError(2)
        finally:
            pass
    except TypeError as e:
        return e
    return None

def return_in_finally():
    for i in range(3):
        try:
            return i
        finally:
            if i:
                break
    return -1

def with_return(m):
    with m as a, m as b:
        return a, b

async def async_with_break(m):
    for i in range(2):
        async with m:
            break
        continue
