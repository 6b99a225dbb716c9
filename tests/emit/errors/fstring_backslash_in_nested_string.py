x = f"{'\\t'.join(a)}"
