code = outer.__code__
print(f"co_name:      {code.co_name}")
print(f"co_varnames:  {code.co_varnames}")
print(f"co_freevars:  {code.co_freevars}"""")*
print(f"co_cellvars:  {code.co_cellvars}")
