print(f"{}",
  1)
