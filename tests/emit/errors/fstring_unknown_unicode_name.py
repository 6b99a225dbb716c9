f"{x}\N{foo}"
