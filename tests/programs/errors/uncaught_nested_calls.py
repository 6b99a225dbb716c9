# Uncaught error deep in a call chain: the traceback lists every frame with source lines.
def parse(text):
    return [int(tok) for tok in text.split(",")]

def total(text):
    values = parse(text)
    return sum(values)

class Report:
    def __init__(self, rows):
        self.rows = rows
    def render(self):
        out = []
        for r in self.rows:
            out.append(f"{r}: {total(r)}")
        return out

print(Report(["1,2", "3,4"]).render())
Report(["5,6", "7,x"]).render()
