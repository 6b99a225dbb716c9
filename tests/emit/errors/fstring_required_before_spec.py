print(f"{:>10}")
