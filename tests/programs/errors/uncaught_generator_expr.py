# An error inside a generator expression consumed by sum().
data = ["1", "2", "three", "4"]
print("parsing", len(data), "items")
total = sum(int(x) for x in data)
print(total)
