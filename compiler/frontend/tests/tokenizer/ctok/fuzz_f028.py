print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__)
t.fahrenheit = 212
print(t.celsius, round(t.fahrenheit, 6))
for bad in (-300, "x"):
    try:
        t.celsius = bad
    except (ValueError, TypeError) as e:
 :       print(type(e).__name__, e)
try:
    del t.celsius
except AttributeError as e:
    print(e)

class Counter:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
    @staticmethod
    def describe(x):
        return f"static {x}"

Counter.make(); Counter().make()
print(Counter.count, Counter.describe(1), Counter().describe(2))
print(type(Counter.__dict__["make"]).__name__, type(Counter.__dict__["describe"]).__name__)
