name = "world"
width = 10
print(f"hello {name}")
print(f"{name!r:>{width}} and {name=} {name = !s:^20}")
print(f"""multi
line {name
} end {
  width + 1}""")
x = (f"a{1}"
     f"b{2}" "c")
y = f"{'nested' + f'{name}'}"
z = f"{x:{'>'}{10}}" rf"\d{x}" fR"{x}"
w = f"{ {'a': 1}['a'] }"
v = f"{3.14:.2f} {x!a} {(lambda: 1)()}"
u = f"{{escaped}} {x:{{}}>10}"
t = f"{x:=10}"
s = f"""{
    name
}"""
