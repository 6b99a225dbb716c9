x = f"a\
  {x}b\
{y!r}"
y = (f"""\
{z}""")
