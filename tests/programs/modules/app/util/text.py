def shout(s):
    return s.upper() + "!"


def _private():
    return "hidden"


public_value = 7
