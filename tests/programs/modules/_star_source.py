def visible():
    return "visible"


def _hidden():
    return "hidden"


CONST = 3
