# Attribute access, method chains, calls on calls, subscripts on calls.
s = "  text  "
r = s.strip().upper().lower().split()[0].replace("t", "T")
n = len(s.split()) + s.count("t")
o = object()
name = o.__class__.__name__
chain = [[1, 2], [3]][0][1]
call_chain = (lambda: lambda: 1)()()
attr_on_literal = "a".join(["b", "c"])
attr_on_paren = (1 + 2).bit_length()
attr_on_list = [3, 1, 2].copy()
attr_on_dict = {"a": 1}.get("a")
attr_on_int = (5).real
multi_line_chain = (
    s
    .strip()
    .upper()
)
