w = 10
x = f"{w!r:>{w}}" f'{w=}' f"{{literal}}" f"{'nested'}"
y = f"""{
    w
}"""
