# A failing call spread over several lines, inside a nested function.
def build(name, size, *, unit):
    return f"{name}:{size}{unit}"

def report(items):
    lines = []
    for name, size in items:
        lines.append(
            build(
                name,
                size,
                units="kb",
            )
        )
    return lines

print(report([]))
report([("a", 1)])
