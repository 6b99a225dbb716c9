# try/except/else/finally in every combination, raise forms.
try:
    pass
except:
    pass
try:
    x = 1
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except Exception as e:
    raise
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except ValueError as err:
    del err
else:
    pass
def raises():
    raise
    raise ValueError
    raise ValueError("msg")
    raise ValueError("msg") from None
    raise ValueError from TypeError()
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise TypeError("inner")
except TypeError:
    pass
for i in range(2):
    try:
        continue
    finally:
        pass
def returns():
    try:
        return 1
    finally:
        pass
try: pass
except: pass
