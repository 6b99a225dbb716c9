x = f"{a}" f"{"
