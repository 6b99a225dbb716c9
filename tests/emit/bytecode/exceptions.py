def handle(f):
    try:
        f()
    except ValueError as e:
        print("value", e)
    except (TypeError, KeyError):
        raise RuntimeError("bad") from None
    else:
        print("ok")
    finally:
        print("done")

def groups(f):
    try:
        f()
    except* OSError as eg:
        print(eg)

def managers(a, b):
    with a as x, b:
        return x
